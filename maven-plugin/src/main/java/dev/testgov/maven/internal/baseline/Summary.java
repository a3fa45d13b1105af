package dev.testgov.maven.internal.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a run or a baseline amounts to: counts by package, category, tag and gate, outcomes, grouped skip
 * reasons and durations. Computed by {@link Summaries}; the same numbers feed the baseline file, the console,
 * the HTML and JSON reports and the site page.
 *
 * @param tests every known test, deselected ones included
 * @param classes top-level test classes: the files that hold the tests
 * @param outcomes tests by outcome: passed, failed, errored, skipped, aborted, deselected
 * @param byPackage classes and tests per package (the folder under the test sources)
 * @param byCategory classes and tests per category; {@code uncategorised} for those no pattern matches
 * @param byTag classes and tests per JUnit tag
 * @param gated classes and tests a gate skipped (or failed, in strict mode), per gate
 * @param skips skipped and aborted tests grouped by gate and reason, most frequent first
 * @param durations running times
 */
@JsonPropertyOrder({ "line", "tests", "classes", "outcomes", "byPackage", "byCategory", "byTag", "gated", "skips",
		"durations" })
public record Summary(int tests, int classes, Map<String, Integer> outcomes, Map<String, Tally> byPackage,
		Map<String, Tally> byCategory, Map<String, Tally> byTag, Map<String, Tally> gated, List<SkipGroup> skips,
		Timings durations) {

	/** How many tests with this outcome. */
	public int count(TestStatus status) {
		return outcomes.getOrDefault(Summaries.key(status), 0);
	}

	/** The tests that ran: passed, failed or errored. */
	@JsonIgnore
	public int executed() {
		return count(TestStatus.PASSED) + count(TestStatus.FAILED) + count(TestStatus.ERRORED);
	}

	/** {@code 597 tests in 228 classes: 557 passed, 40 skipped in 122 s}, the line suite guides keep by hand. */
	@JsonProperty("line")
	public String line() {
		List<String> parts = new ArrayList<>();
		for (TestStatus status : TestStatus.values()) {
			if (count(status) > 0 || status == TestStatus.PASSED) {
				parts.add(count(status) + " " + Summaries.key(status));
			}
		}
		return String.format(BaselineMessages.SUMMARY_LINE, tests, tests == 1 ? "" : "s", classes,
			classes == 1 ? "" : "es", String.join(", ", parts), Millis.format(durations.totalMillis()));
	}

	/** Surefire's words: {@code Tests run: 8, Failures: 0, Errors: 0, Skipped: 5}; deselected tests did not run. */
	public String surefireLine() {
		return String.format(BaselineMessages.SUREFIRE_LINE, tests - count(TestStatus.DESELECTED),
			count(TestStatus.FAILED), count(TestStatus.ERRORED), count(TestStatus.SKIPPED) + count(TestStatus.ABORTED));
	}

	/** Classes and tests in one group. */
	@JsonPropertyOrder({ "classes", "tests" })
	public record Tally(int classes, int tests) {
	}

	/** Tests skipped (or aborted) for one reason. */
	@JsonPropertyOrder({ "status", "gate", "reason", "tests" })
	public record SkipGroup(TestStatus status, String gate, String reason, int tests) {
	}

	/**
	 * Running times.
	 *
	 * @param totalMillis the test JVMs' running time, added up
	 * @param byCategoryMillis the tests' own running time per category
	 * @param slowestTests the slowest tests that ran, slowest first
	 * @param slowestClasses the top-level classes whose tests took longest together, slowest first
	 */
	@JsonPropertyOrder({ "totalMillis", "byCategoryMillis", "slowestTests", "slowestClasses" })
	public record Timings(long totalMillis, Map<String, Long> byCategoryMillis, List<Timed> slowestTests,
			List<Timed> slowestClasses) {
	}

	/** A test or class and its running time. */
	@JsonPropertyOrder({ "name", "millis" })
	public record Timed(String name, long millis) {
	}
}
