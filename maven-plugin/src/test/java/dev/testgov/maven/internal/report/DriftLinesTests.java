package dev.testgov.maven.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.testgov.maven.internal.baseline.Drift;
import dev.testgov.maven.internal.baseline.DriftKind;
import dev.testgov.maven.internal.baseline.TestResult;
import dev.testgov.maven.internal.baseline.TestStatus;
import org.junit.jupiter.api.Test;

/** One line per finding, whole classes as one MOVED line, capped per kind, nothing when nothing changed. */
class DriftLinesTests {

	private static final String REPORT = "target/testgov/report.html";

	@Test
	void aReorganisationIsOneLinePerMovedClassThenRenamesAndNewTests() {
		List<ConsoleLine> lines = DriftLines.of(Reports.warehouse().drift().orElseThrow(), kind -> ConsoleLine.Level.INFO,
			REPORT, 1000);

		assertThat(ConsoleBlockTests.texts(lines)).containsExactly(
			"testgov: MOVED dev.testgov.it.warehouse.PickingListTest -> dev.testgov.it.warehouse.picking.PickingListTest [3 tests]",
			"testgov: RENAMED dev.testgov.it.warehouse.LabelTest#printsTheSkuAndAisle"
					+ " -> dev.testgov.it.warehouse.ShelfLabelTest#printsTheSkuAndAisle (same body)",
			"testgov: NEW dev.testgov.it.warehouse.ReorderTest#reordersBelowTheMinimum");
		assertThat(DriftLines.describe(Reports.warehouse().drift().orElseThrow())).isEqualTo("3 moved, 1 renamed, 1 new");
	}

	@Test
	void newlySkippedTestsStandUnderTheirReasonAtTheLevelAsked() {
		List<ConsoleLine> lines = DriftLines.of(Reports.parcels().drift().orElseThrow(),
			kind -> kind == DriftKind.NEWLY_SKIPPED ? ConsoleLine.Level.ERROR : ConsoleLine.Level.INFO, REPORT, 1000);

		assertThat(lines).extracting(ConsoleLine::level).containsOnly(ConsoleLine.Level.ERROR);
		assertThat(ConsoleBlockTests.texts(lines)).containsExactly(
			"testgov: NEWLY SKIPPED [2] @RequiresDocker: Docker socket [/nonexistent.sock] does not exist; start the"
					+ " Docker engine or set DOCKER_HOST",
			"testgov:   dev.testgov.it.parcels.ParcelStoreDockerTest#findsAParcelByTrackingNumber (was PASSED)",
			"testgov:   dev.testgov.it.parcels.ParcelStoreDockerTest#savesAParcel (was PASSED)");
	}

	@Test
	void aLongListStopsAtTwentyAndPointsAtTheReport() {
		List<TestResult> vanished = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			vanished.add(new TestResult("id" + i, "a.LostTest", "lost" + i, "lost" + i + "()", TestStatus.PASSED, null, null,
				null, null, 0, null));
		}
		Drift drift = new Drift(vanished, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), null);

		List<String> lines = ConsoleBlockTests.texts(DriftLines.of(drift, kind -> ConsoleLine.Level.ERROR, REPORT, 1000));

		assertThat(lines).hasSize(21).startsWith("testgov: VANISHED a.LostTest#lost0")
			.endsWith("testgov:   ... and 3 more; see target/testgov/report.html");
	}

	@Test
	void aCollapseAndSlowTestsSayTheirNumbers() {
		Drift drift = new Drift(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), new Drift.Collapse(40, 3, 20),
			List.of(new Drift.Slow("a.NewTest#waits", -1, 2000), new Drift.Slow("a.OldTest#waits", 300, 1500)), List.of(), null);

		assertThat(ConsoleBlockTests.texts(DriftLines.of(drift, kind -> ConsoleLine.Level.WARNING, REPORT, 1000)))
			.containsExactly(
				"testgov: COLLAPSE 3 tests ran, 40 expected from the baseline (a drop of more than 20% counts as a collapse)",
				"testgov: SLOW a.NewTest#waits took 2.0 s (new; slow from 1.0 s)",
				"testgov: SLOW a.OldTest#waits took 1.5 s, was 300 ms");
		assertThat(DriftLines.describe(drift)).isEqualTo("a collapse (3 of 40 tests ran), 2 slow");
	}

	@Test
	void nothingChangedIsNoLine() {
		Drift none = new Drift(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), null);

		assertThat(DriftLines.of(none, kind -> ConsoleLine.Level.ERROR, REPORT, 1000)).isEmpty();
		assertThat(DriftLines.describe(none)).isEqualTo("no drift");
		assertThat(DriftLines.describe(null)).isEqualTo("no baseline");
		assertThat(List.of(DriftKind.values()).stream().map(none::count).collect(Collectors.toSet())).containsOnly(0);
	}
}
