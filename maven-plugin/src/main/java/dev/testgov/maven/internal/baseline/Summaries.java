package dev.testgov.maven.internal.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.testgov.junit.internal.categories.CategoryRules;

/** Computes a {@link Summary} from tests: pure, ordered the same way every time. */
public final class Summaries {

	private Summaries() {
	}

	/**
	 * Summarises tests.
	 *
	 * @param totalMillis the test JVMs' running time
	 * @param slowest how many tests and classes the slowest lists keep
	 */
	public static Summary of(Collection<TestResult> tests, long totalMillis, int slowest) {
		Map<String, Integer> outcomes = new LinkedHashMap<>();
		for (TestStatus status : TestStatus.values()) {
			outcomes.put(key(status), (int) tests.stream().filter(test -> test.status() == status).count());
		}
		return new Summary(tests.size(), (int) tests.stream().map(TestResult::topLevelClass).distinct().count(),
			outcomes, tally(tests, test -> List.of(test.packageName())), tally(tests, Summaries::categories),
			tally(tests, TestResult::tags), tally(tests, test -> test.gate() == null ? List.of() : List.of(test.gate())),
			skips(tests), timings(tests, totalMillis, slowest));
	}

	/** The outcome's name in summaries and files: {@code passed}, {@code deselected}. */
	static String key(TestStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

	/** A test's categories, {@code uncategorised} when it has none. */
	static List<String> categories(TestResult test) {
		return test.categories().isEmpty() ? List.of(CategoryRules.UNCATEGORISED) : test.categories();
	}

	private static Map<String, Summary.Tally> tally(Collection<TestResult> tests, Function<TestResult, List<String>> groups) {
		Map<String, Set<String>> classes = new TreeMap<>();
		Map<String, Integer> counts = new HashMap<>();
		for (TestResult test : tests) {
			for (String group : groups.apply(test)) {
				classes.computeIfAbsent(group, ignored -> new HashSet<>()).add(test.topLevelClass());
				counts.merge(group, 1, Integer::sum);
			}
		}
		Map<String, Summary.Tally> tally = new TreeMap<>();
		classes.forEach((group, names) -> tally.put(group, new Summary.Tally(names.size(), counts.get(group))));
		return tally;
	}

	private static List<Summary.SkipGroup> skips(Collection<TestResult> tests) {
		Map<List<String>, Integer> groups = new HashMap<>();
		for (TestResult test : tests) {
			if (test.status().skipped()) {
				groups.merge(Arrays.asList(test.status().name(), test.gate(), test.reason()), 1, Integer::sum);
			}
		}
		return groups.entrySet().stream()
			.map(entry -> new Summary.SkipGroup(TestStatus.valueOf(entry.getKey().get(0)), entry.getKey().get(1),
				entry.getKey().get(2), entry.getValue()))
			.sorted(Comparator.comparing(Summary.SkipGroup::tests, Comparator.reverseOrder())
				.thenComparing(Summary.SkipGroup::status)
				.thenComparing(group -> String.valueOf(group.gate()))
				.thenComparing(group -> String.valueOf(group.reason())))
			.collect(Collectors.toList());
	}

	private static Summary.Timings timings(Collection<TestResult> tests, long totalMillis, int slowest) {
		Map<String, Long> byCategory = new TreeMap<>();
		Map<String, Long> byClass = new HashMap<>();
		List<Summary.Timed> slowTests = new ArrayList<>();
		for (TestResult test : tests) {
			if (!test.status().executed()) {
				continue;
			}
			categories(test).forEach(category -> byCategory.merge(category, test.durationMillis(), Long::sum));
			byClass.merge(test.topLevelClass(), test.durationMillis(), Long::sum);
			slowTests.add(new Summary.Timed(test.label(), test.durationMillis()));
		}
		List<Summary.Timed> slowClasses = byClass.entrySet().stream()
			.map(entry -> new Summary.Timed(entry.getKey(), entry.getValue())).collect(Collectors.toList());
		return new Summary.Timings(totalMillis, byCategory, slowest(slowTests, slowest), slowest(slowClasses, slowest));
	}

	private static List<Summary.Timed> slowest(List<Summary.Timed> timed, int limit) {
		return timed.stream()
			.filter(entry -> entry.millis() > 0)
			.sorted(Comparator.comparing(Summary.Timed::millis, Comparator.reverseOrder()).thenComparing(Summary.Timed::name))
			.limit(limit)
			.collect(Collectors.toList());
	}
}
