package dev.testgov.maven.internal.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Drift between real baselines and real runs: what a check finds after each kind of change. */
class DifferTests {

	private static final Thresholds DEFAULTS = Thresholds.defaults();

	@Test
	void aDeletedTestVanished() {
		Drift drift = compare(Runs.baseline("library/baseline.json"), Runs.run("library/after").tests(), Selection.none());

		assertThat(Runs.labels(drift.vanished())).containsExactly("dev.testgov.it.library.RenewalTest#renewsOnceForThreeMoreWeeks");
		assertThat(drift.kinds()).containsExactly(DriftKind.VANISHED);
		assertThat(drift.failing(DEFAULTS)).containsExactly(DriftKind.VANISHED);
	}

	@Test
	void aMovedClassIsMovedARenamedOneRenamedNotLost() {
		Drift drift = compare(Runs.baseline("warehouse/baseline.json"),
			Runs.baseline("warehouse/accepted-baseline.json").tests(), Selection.none());

		assertThat(drift.vanished()).isEmpty();
		assertThat(drift.moved()).extracting(pair -> pair.before().className() + " -> " + pair.after().label())
			.containsExactlyInAnyOrder(
				"dev.testgov.it.warehouse.PickingListTest -> dev.testgov.it.warehouse.picking.PickingListTest#leavesTheRestOnTheShelf",
				"dev.testgov.it.warehouse.PickingListTest -> dev.testgov.it.warehouse.picking.PickingListTest#picksWhatIsAsked",
				"dev.testgov.it.warehouse.PickingListTest -> dev.testgov.it.warehouse.picking.PickingListTest#refusesToOverpick"
						+ " refuses to pick more than the shelf holds");
		assertThat(drift.renamed()).extracting(pair -> pair.before().label() + " -> " + pair.after().label())
			.containsExactly("dev.testgov.it.warehouse.LabelTest#printsTheSkuAndAisle"
					+ " -> dev.testgov.it.warehouse.ShelfLabelTest#printsTheSkuAndAisle");
		assertThat(Runs.labels(drift.added())).containsExactly("dev.testgov.it.warehouse.ReorderTest#reordersBelowTheMinimum");
		assertThat(drift.failing(DEFAULTS)).isEmpty();
	}

	@Test
	void withoutBodyHashesARenameIsALossAndAGain() {
		List<TestResult> run = Runs.baseline("warehouse/accepted-baseline.json").tests().stream()
			.map(test -> test.withBody(null)).collect(Collectors.toList());

		Drift drift = compare(Runs.baseline("warehouse/baseline.json"), run, Selection.none());

		assertThat(drift.moved()).hasSize(3);
		assertThat(Runs.labels(drift.vanished())).containsExactly("dev.testgov.it.warehouse.LabelTest#printsTheSkuAndAisle");
		assertThat(drift.added()).hasSize(2);
	}

	@Test
	void aClosedGateMakesTestsNewlySkipped() {
		Drift drift = compare(Runs.baseline("parcels/baseline.json"), Runs.run("parcels/closed").tests(), Selection.none());

		assertThat(drift.newlySkipped()).extracting(pair -> pair.before().status() + " -> " + pair.after().label())
			.containsExactly("PASSED -> dev.testgov.it.parcels.ParcelStoreDockerTest#findsAParcelByTrackingNumber",
				"PASSED -> dev.testgov.it.parcels.ParcelStoreDockerTest#savesAParcel");
		assertThat(drift.newlySkipped().get(0).after().gate()).isEqualTo("requires_docker");
		assertThat(drift.kinds()).containsExactly(DriftKind.NEWLY_SKIPPED);
		assertThat(drift.collapse()).isNull();
	}

	@Test
	void testsAGateSetLeftOutAreDeselectedNotVanished() {
		List<TestResult> withoutDocker = Runs.run("parcels/closed").tests().stream()
			.filter(test -> !test.tags().contains("requires_docker")).collect(Collectors.toList());
		Selection fast = new Selection(List.of(), List.of("requires_docker", "live_api", "manual"), null, null, null);

		Drift drift = compare(Runs.baseline("parcels/baseline.json"), withoutDocker, fast);

		assertThat(drift.isEmpty()).isTrue();
		assertThat(drift.deselected()).hasSize(2);
		assertThat(drift.deselectedBy()).isEqualTo("excludedGroups [requires_docker, live_api, manual]");
	}

	@Test
	void aTestDeselectedInTheBaselineThatRunsNowIsNewlyRunning() {
		Baseline baseline = Runs.baseline("parcels/baseline.json");
		List<TestResult> recorded = new ArrayList<>(baseline.tests());
		recorded.replaceAll(test -> test.tags().contains("requires_docker") ? test.withStatus(TestStatus.DESELECTED, null, null) : test);
		Baseline fastBaseline = new Baseline(baseline.project(), baseline.environment(), baseline.selection(), recorded,
			baseline.totalMillis());

		Drift drift = compare(fastBaseline, baseline.tests(), Selection.none());

		assertThat(drift.newlyRunning()).hasSize(2);
		assertThat(drift.kinds()).containsExactly(DriftKind.NEWLY_RUNNING);
	}

	@Test
	void noTestRunningIsOneCollapseNotEveryTestVanished() {
		Drift drift = compare(Runs.baseline("timesheets/baseline.json"), List.of(), Selection.none());

		assertThat(drift.collapse()).isEqualTo(new Drift.Collapse(5, 0, 20));
		assertThat(drift.vanished()).isEmpty();
		assertThat(drift.failing(DEFAULTS)).containsExactly(DriftKind.COLLAPSE);
	}

	@Test
	void aDropBeyondTheThresholdIsACollapse() {
		Baseline baseline = Runs.baseline("timesheets/baseline.json");
		List<TestResult> three = baseline.tests().subList(0, 3);

		assertThat(compare(baseline, three, Selection.none()).collapse()).isEqualTo(new Drift.Collapse(5, 3, 20));
		Thresholds lenient = new Thresholds(DriftKind.parse("collapse"), 50, 1000, 2.0, 500);
		assertThat(Differ.compare(baseline, three, 0, Selection.none(), lenient).collapse()).isNull();
	}

	@Test
	void anUnchangedRunHasNoDrift() {
		Drift drift = compare(Runs.baseline("timesheets/baseline.json"), Runs.run("timesheets/two-builds").tests(),
			Selection.none());

		assertThat(drift.isEmpty()).isTrue();
		assertThat(drift.deselected()).isEmpty();
	}

	@Test
	void slowNewAndSlowerTestsAndRunAreReported() {
		Baseline baseline = Runs.baseline("timesheets/baseline.json");
		List<TestResult> run = new ArrayList<>(baseline.tests());
		run.set(0, run.get(0).withDurationMillis(1500));
		run.set(1, run.get(1).withDurationMillis(5));
		TestResult added = new TestResult("[engine:junit-jupiter]/[class:a.NewTest]/[method:waits()]", "a.NewTest", "waits",
			"waits()", TestStatus.PASSED, null, null, null, null, 2000, null);
		run.add(added);

		Drift drift = Differ.compare(baseline, run, baseline.totalMillis() * 3 + 600, Selection.none(), DEFAULTS);

		assertThat(drift.slow()).containsExactly(
			new Drift.Slow(Differ.THE_RUN, baseline.totalMillis(), baseline.totalMillis() * 3 + 600),
			new Drift.Slow("a.NewTest#waits", -1, 2000),
			new Drift.Slow(run.get(0).label(), baseline.tests().get(0).durationMillis(), 1500));
		assertThat(drift.failing(DEFAULTS)).isEmpty();
	}

	private static Drift compare(Baseline baseline, List<TestResult> run, Selection selection) {
		return Differ.compare(baseline, run, baseline.totalMillis(), selection, DEFAULTS);
	}
}
