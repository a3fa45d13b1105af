package dev.testgov.junit.internal.categories;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which categories a run selects: {@code -Dtestgov.categories=unit}, {@code unit,integration} (either),
 * {@code !slow} (all but slow) or {@code integration,!slow} (integration but not slow).
 *
 * <p>A test is selected when it has one of the named categories (or no name is positive) and none of the
 * excluded ones. {@value CategoryRules#UNCATEGORISED} stands for "no category", so
 * {@code unit,uncategorised} also keeps tests no pattern matches. Unknown names fail: a typo never
 * silently deselects a suite. Plain Java, immutable and cached, safe to share between threads.
 */
public final class CategorySelection {

	/** The configuration parameter or system property holding the selection. */
	public static final String PARAMETER = "testgov.categories";

	private static final ConcurrentMap<String, CategorySelection> CACHE = new ConcurrentHashMap<>();

	private final String expression;
	private final Set<String> included;
	private final Set<String> excluded;

	private CategorySelection(String expression, Set<String> included, Set<String> excluded) {
		this.expression = expression;
		this.included = Collections.unmodifiableSet(included);
		this.excluded = Collections.unmodifiableSet(excluded);
	}

	/**
	 * Parses a selection against the categories the rules know.
	 *
	 * @throws IllegalArgumentException naming the blank, unknown or contradictory entry
	 */
	public static CategorySelection parse(String expression, CategoryRules rules) {
		String key = rules.setting() + "\u0000" + expression.trim();
		CategorySelection cached = CACHE.get(key);
		return cached != null ? cached : CACHE.computeIfAbsent(key, ignored -> create(expression.trim(), rules));
	}

	private static CategorySelection create(String expression, CategoryRules rules) {
		Set<String> included = new LinkedHashSet<>();
		Set<String> excluded = new LinkedHashSet<>();
		for (String entry : expression.split(",", -1)) {
			String term = entry.trim();
			boolean negated = term.startsWith("!");
			String name = negated ? term.substring(1).trim() : term;
			check(expression, name, rules);
			(negated ? excluded : included).add(name);
		}
		for (String name : included) {
			if (excluded.contains(name)) {
				throw new IllegalArgumentException(String.format(
					"%s=[%s] both selects and excludes [%s]; keep one of them", PARAMETER, expression, name));
			}
		}
		return new CategorySelection(expression, included, excluded);
	}

	private static void check(String expression, String name, CategoryRules rules) {
		if (name.isEmpty()) {
			throw new IllegalArgumentException(String.format(
				"%s=[%s] has a blank entry; separate categories with ',' and prefix '!' to exclude one", PARAMETER,
				expression));
		}
		if (!name.equals(CategoryRules.UNCATEGORISED) && !rules.knownCategories().contains(name)) {
			throw new IllegalArgumentException(String.format(
				"%s=[%s] names an unknown category [%s]; known categories are %s and %s,"
						+ " or define one in %s",
				PARAMETER, expression, name, rules.knownCategories(), CategoryRules.UNCATEGORISED,
				CategoryRules.PATTERNS_PARAMETER));
		}
	}

	/** Whether a test with these categories runs. */
	public boolean selects(Set<String> categories) {
		if (categories.isEmpty()) {
			return !excluded.contains(CategoryRules.UNCATEGORISED)
					&& (included.isEmpty() || included.contains(CategoryRules.UNCATEGORISED));
		}
		for (String category : categories) {
			if (excluded.contains(category)) {
				return false;
			}
		}
		return included.isEmpty() || categories.stream().anyMatch(included::contains);
	}

	/** The selection as written, trimmed. */
	@Override
	public String toString() {
		return expression;
	}
}
