package dev.testgov.maven.internal.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Counts, skip groups and durations of real runs: the numbers suite guides keep by hand. */
class SummariesTests {

	@Test
	void countsClassesAndTestsByPackageCategoryTagAndGate() {
		Run run = Runs.run("parcels/closed");

		Summary summary = Summaries.of(run.tests(), run.durationMillis(), 3);

		assertThat(summary.tests()).isEqualTo(11);
		assertThat(summary.classes()).isEqualTo(3);
		assertThat(summary.byPackage()).isEqualTo(Map.of("dev.testgov.it.parcels", new Summary.Tally(3, 11)));
		assertThat(summary.byCategory()).isEqualTo(Map.of("uncategorised", new Summary.Tally(3, 11)));
		assertThat(summary.byTag()).isEqualTo(Map.of("requires_docker", new Summary.Tally(1, 2)));
		assertThat(summary.gated()).isEqualTo(Map.of("requires_docker", new Summary.Tally(1, 2)));
		assertThat(summary.outcomes()).containsExactly(Map.entry("passed", 9), Map.entry("failed", 0),
			Map.entry("errored", 0), Map.entry("skipped", 2), Map.entry("aborted", 0), Map.entry("deselected", 0));
		assertThat(summary.surefireLine()).isEqualTo("Tests run: 11, Failures: 0, Errors: 0, Skipped: 2");
	}

	@Test
	void groupsSkipsByGateAndReason() {
		Run run = Runs.run("parcels/closed");

		assertThat(Summaries.of(run.tests(), 0, 3).skips()).containsExactly(new Summary.SkipGroup(TestStatus.SKIPPED,
			"requires_docker", "@RequiresDocker: Docker socket [/nonexistent.sock] does not exist; start the Docker"
					+ " engine or set DOCKER_HOST", 2));
	}

	@Test
	void listsTheSlowestTestsAndClassesThatRan() {
		Run run = Runs.run("shop-web/surefire-and-failsafe");

		Summary.Timings timings = Summaries.of(run.tests(), run.durationMillis(), 1).durations();

		assertThat(timings.totalMillis()).isEqualTo(run.durationMillis());
		assertThat(timings.slowestTests()).hasSize(1);
		assertThat(timings.slowestClasses()).hasSize(1);
		assertThat(timings.byCategoryMillis()).containsOnlyKeys("integration", "unit");
	}

	@Test
	void saysTheLineSuiteGuidesKeepByHand() {
		TestResult passed = test("a.b.OneTest", TestStatus.PASSED);
		TestResult skipped = test("a.b.TwoTest$Nested", TestStatus.SKIPPED);
		TestResult deselected = test("a.c.ThreeTest", TestStatus.DESELECTED);

		Summary summary = Summaries.of(List.of(passed, skipped, deselected), 122_000, 10);

		assertThat(summary.line()).isEqualTo("3 tests in 3 classes: 1 passed, 1 skipped, 1 deselected in 122 s");
		assertThat(summary.surefireLine()).isEqualTo("Tests run: 2, Failures: 0, Errors: 0, Skipped: 1");
		assertThat(summary.byPackage()).containsOnlyKeys("a.b", "a.c");
		assertThat(Summaries.of(List.of(passed), 0, 10).line()).isEqualTo("1 test in 1 class: 1 passed in 0 ms");
	}

	private static TestResult test(String className, TestStatus status) {
		return new TestResult("[engine:junit-jupiter]/[class:" + className + "]/[method:runs()]", className, "runs",
			"runs()", status, null, null, null, null, 0, null);
	}
}
