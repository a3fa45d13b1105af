package dev.testgov.maven.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import dev.testgov.maven.internal.store.Attribution;
import dev.testgov.maven.internal.store.BuildInputs;
import dev.testgov.maven.internal.store.Dependencies;
import dev.testgov.maven.internal.store.FileKey;
import dev.testgov.maven.internal.store.MethodSet;
import dev.testgov.maven.internal.store.Store;
import dev.testgov.maven.internal.store.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge rules on a real run: coverage from JaCoCo's instrumentation, files from a reactor on disk. */
class RecordMergeTests extends MergeFixture {

	@TempDir
	Path root;

	@TempDir
	Path repository;

	@Test
	void aPreciseTestDependsOnItselfItsContainersAndTheRoot() throws Exception {
		Reactor reactor = reactor(root, repository);

		MergeReport report = reactor.merge(INPUTS, fullRun(reactor, "fork1", true, "adds", "subtracts"));

		Dependencies subtracts = report.store().tests().get(SUBTRACTS).dependencies();
		assertThat(subtracts.classes()).containsOnlyKeys("demo/Boot", "demo/Calculator", "demo/CalculatorTests");
		assertThat(subtracts.classes().get("demo/Calculator").keys()).as("add from setUpAll")
			.containsExactly("add(II)I", "subtract(II)I");
		assertThat(subtracts.classes().get("demo/CalculatorTests").keys()).containsExactly("check(Z)V", "setUpAll()V",
			"subtracts()V");
		assertThat(subtracts.classes().get("demo/Boot").keys()).containsExactly("start()V");
		assertThat(subtracts.files()).isEmpty();
		assertThat(report.store().tests().get(ADDS).dependencies().files()).containsExactly(FileKey.reactor(RATES));
		TestRecord adds = report.store().tests().get(ADDS);
		assertThat(adds.attribution()).isEqualTo(Attribution.PRECISE);
		assertThat(adds.mayBeLeftOut()).isTrue();
		assertThat(report.summary()).startsWith("testgov: recorded 3 tests (0 attributed by fork), kept 0, 0 stale, 0 dropped;");
	}

	@Test
	void classesFromADependencyKeepTheirCoordinatesAndResourcesInJarsAreTracked() throws Exception {
		Reactor reactor = reactor(root, repository);

		Store store = reactor.merge(INPUTS, fullRun(reactor, "fork1", true, "adds")).store();

		assertThat(store.classes().get("lib/Util").origin()).isEqualTo(Reactor.LIB);
		assertThat(store.classes().get("demo/Calculator").origin()).isEqualTo(Reactor.APP);
		assertThat(store.tests().get(USES_LIB).dependencies().files())
			.containsExactly(new FileKey(Reactor.LIB, "data/rates.csv"));
		assertThat(store.files().get(new FileKey(Reactor.LIB, "data/rates.csv"))).matches("[0-9a-f]{64}");
	}

	@Test
	void forkModeMakesEveryTestDependOnEverythingItsFork() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path file = reactor.rawFile("parallel");
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(file, agent)) {
			raw.mode("fork", "tests ran concurrently");
			finish(libTests(calculatorTests(start(raw), reactor, "adds", "subtracts"), reactor));
		}

		Store store = reactor.merge(INPUTS, file).store();

		TestRecord adds = store.tests().get(ADDS);
		assertThat(adds.attribution()).isEqualTo(Attribution.FORK);
		assertThat(adds.dependencies().classes().get("demo/Calculator").keys()).contains("subtract(II)I");
		assertThat(adds.dependencies().classes()).containsKey("lib/Util");
		assertThat(adds.dependencies()).isEqualTo(store.tests().get(USES_LIB).dependencies());
	}

	@Test
	void testsThatRanReplaceTheirEntriesAndTheOthersKeepTheirs() throws Exception {
		Reactor reactor = reactor(root, repository);
		Store first = reactor.merge(INPUTS, fullRun(reactor, "fork1", true, "adds", "subtracts")).store();

		MergeReport second = reactor.merge(INPUTS, fullRun(reactor, "fork2", false, "subtracts"));

		assertThat(second.store().tests()).containsOnlyKeys(ADDS, SUBTRACTS, USES_LIB);
		assertThat(second.store().tests().get(ADDS)).isEqualTo(first.tests().get(ADDS));
		assertThat(second.kept()).isEqualTo(2);
		assertThat(second.stale()).isZero();
	}

	@Test
	void aTestThatDidNotRunBecomesStaleWhenAMethodItUsedChanged() throws Exception {
		Reactor reactor = reactor(root, repository);
		reactor.merge(INPUTS, fullRun(reactor, "fork1", false, "adds", "subtracts", "doubles"));
		reactor.main("demo.Calculator", CALCULATOR.replace("return a - b;", "return b - a;")).build();

		MergeReport report = reactor.merge(INPUTS, fullRun(reactor, "fork2", false, "doubles"));

		assertThat(report.store().tests().get(SUBTRACTS).attribution()).isEqualTo(Attribution.STALE);
		assertThat(report.store().tests().get(SUBTRACTS).mayBeLeftOut()).isFalse();
		assertThat(report.store().tests().get(ADDS).attribution()).isEqualTo(Attribution.PRECISE);
		assertThat(report.stale()).isEqualTo(1);
	}

	@Test
	void aTestThatDidNotRunBecomesStaleWhenAFileItReadChanged() throws Exception {
		Reactor reactor = reactor(root, repository);
		reactor.merge(INPUTS, fullRun(reactor, "fork1", false, "adds", "subtracts"));
		reactor.resource(RATES, "EUR,1.1\n");

		Store store = reactor.merge(INPUTS, fullRun(reactor, "fork2", false, "subtracts")).store();

		assertThat(store.tests().get(ADDS).attribution()).isEqualTo(Attribution.STALE);
		assertThat(store.files()).doesNotContainKey(FileKey.reactor(RATES));
	}

	@Test
	void changedBuildInputsMakeEveryTestThatDidNotRunStale() throws Exception {
		Reactor reactor = reactor(root, repository);
		reactor.merge(INPUTS, fullRun(reactor, "fork1", true, "adds", "subtracts"));
		BuildInputs bumped = new BuildInputs(new TreeMap<>(Map.of(Reactor.LIB, "2".repeat(64))), new TreeMap<>());

		MergeReport report = reactor.merge(bumped, fullRun(reactor, "fork2", false, "adds"));

		assertThat(report.store().tests().get(SUBTRACTS).attribution()).isEqualTo(Attribution.STALE);
		assertThat(report.store().tests().get(USES_LIB).attribution()).isEqualTo(Attribution.STALE);
		assertThat(report.store().tests().get(ADDS).attribution()).isEqualTo(Attribution.PRECISE);
		assertThat(report.store().inputs()).isEqualTo(bumped);
		assertThat(report.warnings()).contains("testgov: build inputs changed since the store was written (dependency"
				+ " [org.acme:lib:jar::1.0] changed); 2 tests that did not run become stale and run next time");
	}

	@Test
	void deletedTestClassesAreDroppedWithWhatOnlyTheyUsed() throws Exception {
		Reactor reactor = reactor(root, repository);
		reactor.merge(INPUTS, fullRun(reactor, "fork1", true, "adds"));
		reactor.removeTest("demo.LibTests");

		MergeReport report = reactor.merge(INPUTS, fullRun(reactor, "fork2", false, "adds"));

		assertThat(report.store().tests()).containsOnlyKeys(ADDS);
		assertThat(report.dropped()).isEqualTo(1);
		assertThat(report.store().classes()).doesNotContainKeys("lib/Util", "demo/LibTests");
		assertThat(report.store().files()).containsOnlyKeys(FileKey.reactor(RATES));
	}

	@Test
	void aFailedContainerMakesItsTestsStale() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path file = reactor.rawFile("failing");
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(file, agent)) {
			calculatorTests(start(raw), reactor, "adds").outcome(CALCULATOR_TESTS, "FAILED");
			finish(raw);
		}

		Store store = reactor.merge(INPUTS, file).store();

		assertThat(store.tests().get(ADDS).attribution()).isEqualTo(Attribution.STALE);
	}

	@Test
	void failedAndSkippedTestsAreRecordedButAlwaysRun() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path file = reactor.rawFile("outcomes");
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(file, agent)) {
			start(raw).scope(CALCULATOR_TESTS, ENGINE, false, "demo.CalculatorTests", "")
				.scope(ADDS, CALCULATOR_TESTS, true, "demo.CalculatorTests", "adds").run(ADDS, "demo.CalculatorTests", "adds")
				.outcome(ADDS, "FAILED").scope(SUBTRACTS, CALCULATOR_TESTS, true, "demo.CalculatorTests", "subtracts")
				.outcome(SUBTRACTS, "SKIPPED").outcome(CALCULATOR_TESTS, "PASSED");
			finish(raw);
		}

		Store store = reactor.merge(INPUTS, file).store();

		assertThat(store.tests().get(ADDS).status()).isEqualTo("FAILED");
		assertThat(store.tests().get(ADDS).mayBeLeftOut()).isFalse();
		assertThat(store.tests().get(SUBTRACTS).status()).isEqualTo("SKIPPED");
		assertThat(store.tests().get(SUBTRACTS).mayBeLeftOut()).isFalse();
	}

	@Test
	void aLambdaThatRanIsADependencyUnderItsStableKey() throws Exception {
		Reactor reactor = reactor(root, repository);

		Store store = reactor.merge(INPUTS, fullRun(reactor, "fork1", false, "doubles")).store();

		assertThat(store.tests().get(DOUBLES).dependencies().classes().get("demo/Calculator"))
			.isEqualTo(MethodSet.of(java.util.List.of("add(II)I", "lambda$twice(I)I#0", "twice(I)I")));
	}
}
