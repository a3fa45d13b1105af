package dev.testgov.maven.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import dev.testgov.junit.internal.record.RawEntries.Coverage;
import dev.testgov.maven.internal.store.Attribution;
import dev.testgov.maven.internal.store.ClassRecord;
import dev.testgov.maven.internal.store.MethodSet;
import dev.testgov.maven.internal.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged or partial data never yields fewer dependencies than reality: such tests are stale and run again. */
class MergeDamageTests extends MergeFixture {

	@TempDir
	Path root;

	@TempDir
	Path repository;

	@Test
	void aTestWithoutAnOutcomeLosesItsOldDependenciesAndRunsAgain() throws Exception {
		Reactor reactor = reactor(root, repository);
		reactor.merge(INPUTS, fullRun(reactor, "fork1", false, "adds", "subtracts"));
		Path file = reactor.rawFile("fork2");
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(file, agent)) {
			start(raw).scope(CALCULATOR_TESTS, ENGINE, false, "demo.CalculatorTests", "")
				.scope(ADDS, CALCULATOR_TESTS, true, "demo.CalculatorTests", "adds").run(ADDS, "demo.CalculatorTests", "adds")
				.outcome(CALCULATOR_TESTS, "PASSED");
			finish(raw);
		}

		MergeReport report = reactor.merge(INPUTS, file);

		assertThat(report.store().tests()).containsOnlyKeys(ADDS, SUBTRACTS);
		assertStale(report.store(), ADDS, "ERRORED");
		assertThat(report.store().tests().get(SUBTRACTS).attribution()).isEqualTo(Attribution.PRECISE);
		assertThat(report.warnings()).containsExactly(String.format("testgov: 1 tests in [%s] were not recorded and run"
				+ " again next time: 1 started but did not finish", file));
	}

	@Test
	void aForkCutAfterItsTestsFinishedKeepsThem() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path file = fullRun(reactor, "fork1", false, "adds");
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));

		MergeReport report = reactor.merge(INPUTS, file);

		assertThat(report.store().tests()).containsOnlyKeys(ADDS);
		assertThat(report.warnings()).singleElement().asString().matches("testgov: raw recording \\[.*fork1.tgr\\] is"
				+ " damaged \\(record \\d+ is truncated\\); tests without complete data in it run again next time");
	}

	@Test
	void aForkKilledInsideAClassLeavesItsTestsStale() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path file = reactor.rawFile("killed");
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(file, agent)) {
			start(raw).scope(CALCULATOR_TESTS, ENGINE, false, "demo.CalculatorTests", "")
				.run(CALCULATOR_TESTS, "demo.CalculatorTests", "setUpAll")
				.scope(ADDS, CALCULATOR_TESTS, true, "demo.CalculatorTests", "adds").run(ADDS, "demo.CalculatorTests", "adds")
				.outcome(ADDS, "PASSED");
		}

		MergeReport report = reactor.merge(INPUTS, file);

		assertStale(report.store(), ADDS, "PASSED");
		assertThat(report.warnings()).containsExactly(String.format("testgov: 1 tests in [%s] were not recorded and run"
				+ " again next time: 1 a container above it did not finish", file));
	}

	@Test
	void aForkKilledAfterAClassFinishedKeepsThatClassesTests() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path file = reactor.rawFile("killed");
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(file, agent)) {
			calculatorTests(start(raw), reactor, "adds", "subtracts");
			raw.scope(LIB_TESTS, ENGINE, false, "demo.LibTests", "").scope(USES_LIB, LIB_TESTS, true, "demo.LibTests", "usesLib")
				.run(USES_LIB, "demo.LibTests", "usesLib");
		}

		MergeReport report = reactor.merge(INPUTS, file);

		assertThat(report.store().tests().get(ADDS).attribution()).as("the engine never finished").isEqualTo(Attribution.PRECISE);
		assertThat(report.store().tests().get(SUBTRACTS).dependencies().classes()).containsKey("demo/Calculator");
		assertStale(report.store(), USES_LIB, "ERRORED");
		assertThat(report.summary()).startsWith("testgov: recorded 2 tests (0 attributed by fork), kept 0, 1 stale, 0 dropped;");
	}

	@Test
	void anUnfinishedForkInForkModeRecordsNothing() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path file = reactor.rawFile("parallel");
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(file, agent)) {
			calculatorTests(start(raw.mode("fork", "tests ran concurrently")), reactor, "adds", "subtracts");
		}

		MergeReport report = reactor.merge(INPUTS, file);

		assertStale(report.store(), ADDS, "PASSED");
		assertStale(report.store(), SUBTRACTS, "PASSED");
		assertThat(report.warnings()).singleElement().asString().endsWith(": 2 its JVM recorded coverage per JVM (mode"
				+ " [fork]) and did not finish its recording");
	}

	@Test
	void aForkWithoutTheAgentRecordsNothing() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path file = reactor.rawFile("no-agent");
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(file, agent)) {
			finish(calculatorTests(start(raw.mode("unavailable", "no JaCoCo agent on the test JVM")), reactor, "adds"));
		}

		MergeReport report = reactor.merge(INPUTS, file);

		assertStale(report.store(), ADDS, "PASSED");
		assertThat(report.warnings()).singleElement().asString().endsWith(": 1 its JVM recorded no coverage (mode"
				+ " [unavailable]: no JaCoCo agent on the test JVM)");
	}

	@Test
	void aPassedTestWithNoCoverageIsNotTrusted() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path file = reactor.rawFile("empty");
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(file, agent)) {
			start(raw).scope(CALCULATOR_TESTS, ENGINE, false, "demo.CalculatorTests", "")
				.scope(ADDS, CALCULATOR_TESTS, true, "demo.CalculatorTests", "adds").outcome(ADDS, "PASSED")
				.outcome(CALCULATOR_TESTS, "PASSED");
			finish(raw);
		}

		assertStale(reactor.merge(INPUTS, file).store(), ADDS, "PASSED");
	}

	/** A test that ran without valid data stays in the store with none, so that it runs again. */
	private static void assertStale(Store store, String id, String status) {
		assertThat(store.tests()).containsKey(id);
		assertThat(store.tests().get(id).attribution()).isEqualTo(Attribution.STALE);
		assertThat(store.tests().get(id).status()).isEqualTo(status);
		assertThat(store.tests().get(id).parts()).isEmpty();
		assertThat(store.tests().get(id).mayBeLeftOut()).isFalse();
	}

	@Test
	void classBytesThatAreNotTheOnesThatRanMakeTheWholeClassADependency() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path file = fullRun(reactor, "fork1", false, "subtracts");
		reactor.main("demo.Calculator", CALCULATOR.replace("return a + b;", "return b + a;")).build();

		Store store = reactor.merge(INPUTS, file).store();

		assertThat(store.tests().get(SUBTRACTS).dependencies().classes().get("demo/Calculator")).isEqualTo(MethodSet.ALL);
		assertThat(store.tests().get(SUBTRACTS).dependencies().classes().get("demo/CalculatorTests").all()).isFalse();
		assertThat(store.classes().get("demo/Calculator").methods()).isNotEmpty();
	}

	@Test
	void aClassFoundNowhereIsRecordedUnresolvedWithItsClassId() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path file = reactor.rawFile("generated");
		ClassProbes generated = new ClassProbes(0xfeedL, "gen/Proxy$1", 3, new byte[] { 0b010 });
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(file, agent)) {
			start(raw).scope(CALCULATOR_TESTS, ENGINE, false, "demo.CalculatorTests", "")
				.scope(ADDS, CALCULATOR_TESTS, true, "demo.CalculatorTests", "adds").run(ADDS, "demo.CalculatorTests", "adds")
				.coverage(new Coverage(ADDS, List.of(generated, new ClassProbes(0xbeefL, "gen/Idle", 2, new byte[1]))))
				.outcome(ADDS, "PASSED").outcome(CALCULATOR_TESTS, "PASSED");
			finish(raw);
		}

		Store store = reactor.merge(INPUTS, file).store();

		assertThat(store.tests().get(ADDS).dependencies().classes().get("gen/Proxy$1")).isEqualTo(MethodSet.ALL);
		assertThat(store.tests().get(ADDS).dependencies().classes()).as("no probe hit").doesNotContainKey("gen/Idle");
		ClassRecord record = store.classes().get("gen/Proxy$1");
		assertThat(record.resolved()).isFalse();
		assertThat(record.whole()).isEqualTo("000000000000feed");
	}

	@Test
	void aForeignRawFileIsReportedAndIgnored() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path foreign = reactor.rawFile("foreign");
		Files.createDirectories(foreign.getParent());
		Files.writeString(foreign, "not a recording");

		MergeReport report = reactor.merge(INPUTS, foreign, fullRun(reactor, "fork1", false, "adds"));

		assertThat(report.store().tests()).containsOnlyKeys(ADDS);
		assertThat(report.warnings()).containsExactly(String.format("testgov: raw recording [%s] is damaged (not a testgov"
				+ " raw recording of version 1); tests without complete data in it run again next time", foreign));
	}

	@Test
	void aTestRecordedByTwoForksDependsOnBothWithTheWorseOutcome() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path first = fullRun(reactor, "fork1", false, "adds");
		Path second = reactor.rawFile("fork2");
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(second, agent)) {
			start(raw).scope(CALCULATOR_TESTS, ENGINE, false, "demo.CalculatorTests", "")
				.scope(ADDS, CALCULATOR_TESTS, true, "demo.CalculatorTests", "adds")
				.run(ADDS, "demo.CalculatorTests", "subtracts").outcome(ADDS, "FAILED").outcome(CALCULATOR_TESTS, "PASSED");
			finish(raw);
		}

		Store store = reactor.merge(INPUTS, first, second).store();

		assertThat(store.tests().get(ADDS).status()).isEqualTo("FAILED");
		assertThat(store.tests().get(ADDS).attribution()).isEqualTo(Attribution.PRECISE);
		assertThat(store.tests().get(ADDS).dependencies().classes().get("demo/Calculator").keys())
			.containsExactly("add(II)I", "subtract(II)I");
	}
}
