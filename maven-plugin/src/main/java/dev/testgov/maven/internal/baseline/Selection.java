package dev.testgov.maven.internal.baseline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.testgov.junit.internal.categories.CategoryRules;
import dev.testgov.junit.internal.categories.CategorySelection;

/**
 * The filters a run was started with, which leave tests out before they are discovered: Surefire's
 * {@code groups} and {@code excludedGroups} (what {@code testgov:prepare} sets for a gate set),
 * {@code testgov.categories}, and {@code -Dtest} or {@code -Dit.test}. A baseline test that such a filter left out
 * is deselected, not vanished.
 *
 * @param groups tag expressions a test must match one of, when there are any
 * @param excludedGroups tag expressions that leave a test out
 * @param categories the category selection, or {@code null}
 * @param categoryPatterns more category patterns, needed to read {@code categories}, or {@code null}
 * @param tests a {@code -Dtest} or {@code -Dit.test} value: it names tests, so every other test is deselected
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "groups", "excludedGroups", "categories", "categoryPatterns", "tests" })
public record Selection(List<String> groups, List<String> excludedGroups, String categories, String categoryPatterns,
		String tests) {

	public Selection {
		groups = groups == null ? List.of() : List.copyOf(groups);
		excludedGroups = excludedGroups == null ? List.of() : List.copyOf(excludedGroups);
	}

	/** No filter: every test is discovered. */
	public static Selection none() {
		return new Selection(List.of(), List.of(), null, null, null);
	}

	/** Splits Surefire's comma-separated {@code groups} or {@code excludedGroups} value. */
	public static List<String> split(String value) {
		List<String> expressions = new ArrayList<>();
		if (value != null) {
			for (String expression : value.split(",")) {
				if (!expression.isBlank()) {
					expressions.add(expression.strip());
				}
			}
		}
		return expressions;
	}

	/**
	 * Why this run's filters leave the test out, or empty when they let it through.
	 *
	 * @throws IllegalArgumentException when a tag expression or the category selection does not parse
	 */
	public Optional<String> deselects(TestResult test) {
		HashSet<String> tags = new HashSet<>(test.tags());
		if (tests != null && !tests.isBlank()) {
			return Optional.of(String.format(BaselineMessages.BY_TEST, tests));
		}
		if (!groups.isEmpty() && groups.stream().noneMatch(expression -> TagExpressions.matches(expression, tags))) {
			return Optional.of(String.format(BaselineMessages.BY_GROUPS, groups));
		}
		for (String expression : excludedGroups) {
			if (TagExpressions.matches(expression, tags)) {
				return Optional.of(String.format(BaselineMessages.BY_EXCLUDED_GROUPS, excludedGroups));
			}
		}
		if (categories != null && !categories.isBlank()
				&& !CategorySelection.parse(categories, CategoryRules.of(categoryPatterns))
					.selects(new HashSet<>(test.categories()))) {
			return Optional.of(String.format(BaselineMessages.BY_CATEGORIES, categories));
		}
		return Optional.empty();
	}

	/** Whether any filter is set. */
	@JsonIgnore
	public boolean isFiltering() {
		return !groups.isEmpty() || !excludedGroups.isEmpty() || categories != null && !categories.isBlank()
				|| tests != null && !tests.isBlank();
	}
}
