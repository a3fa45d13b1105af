package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.testgov.junit.internal.record.RawEntries.Coverage;
import dev.testgov.junit.internal.record.RawEntries.End;
import dev.testgov.junit.internal.record.RawEntries.Entry;
import dev.testgov.junit.internal.record.RawEntries.Mode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The recorder in a real launcher, with a stand-in for the JaCoCo agent: where each cut goes, and every way a
 * fork can fail to record, each of which must say so and never fail a test.
 */
@ResourceLock(RawFileTests.SEQUENCE)
class DependencyRecorderTests {

	private static final String CLASS = "[engine:junit-jupiter]/[class:" + TwoTestsTestCase.class.getName() + "]";
	private static final String FIRST = CLASS + "/[method:first()]";
	private static final String SECOND = CLASS + "/[method:second()]";

	@TempDir
	Path directory;

	private final ByteArrayOutputStream console = new ByteArrayOutputStream();
	private final FakeProbes probes = new FakeProbes();

	@Test
	void everyCutGoesToTheScopeCurrentBeforeTheEvent() throws IOException {
		run(recorder(), Map.of());

		RawRecording recorded = RawRecording.only(directory);
		String engine = "[engine:junit-jupiter]";
		assertThat(recorded.entries(Coverage.class)).extracting(Coverage::scopeId).containsExactly(Attribution.ROOT,
			Attribution.ROOT, engine, CLASS, FIRST, CLASS, SECOND, CLASS, engine, Attribution.ROOT);
		assertThat(recorded.contents().isComplete()).isTrue();
		assertThat(console()).isEmpty();
		assertThat(probes.isClaimed()).isFalse();
	}

	@Test
	void withTheProjectsOwnAgentOnlyTheProjectsClassesAreRecordedButEveryProbeIsGivenBack() throws IOException {
		run(recorder(), Map.of(RecordSettings.RESTORE_PARAMETER, "true", RecordSettings.INCLUDES_PARAMETER, "org.other.*"));

		RawRecording recorded = RawRecording.only(directory);
		assertThat(recorded.entries(Coverage.class)).as("com/acme/Work is not one of the project's classes").isEmpty();
		assertThat(recorded.contents().isComplete()).isTrue();
		assertThat(probes.restored()).extracting(RawEntries.ClassProbes::className).containsExactly(FakeProbes.WORK);
	}

	@Test
	void withTheProjectsOwnAgentExcludedClassesAreNotRecordedButTheirProbesAreGivenBack() throws IOException {
		run(recorder(), Map.of(RecordSettings.RESTORE_PARAMETER, "true", RecordSettings.INCLUDES_PARAMETER, "com.acme.*",
			RecordSettings.EXCLUDES_PARAMETER, "com.acme.W*"));

		RawRecording recorded = RawRecording.only(directory);
		assertThat(recorded.entries(Coverage.class)).as("com/acme/Work is excluded").isEmpty();
		assertThat(probes.restored()).extracting(RawEntries.ClassProbes::className).containsExactly(FakeProbes.WORK);
	}

	@Test
	void theProjectsClassesAreRecordedWithItsOwnAgent() throws IOException {
		run(recorder(), Map.of(RecordSettings.RESTORE_PARAMETER, "true", RecordSettings.INCLUDES_PARAMETER, "com.acme.*"));

		assertThat(RawRecording.only(directory).entries(Coverage.class)).extracting(Coverage::scopeId).contains(FIRST, SECOND);
	}

	@Test
	void staysIdleWithoutADirectory() {
		AtomicInteger lookups = new AtomicInteger();
		DependencyRecorder recorder = new DependencyRecorder(new PrintStream(console), () -> {
			lookups.incrementAndGet();
			return probes;
		});

		long passed = run(recorder, Map.of(RecordSettings.DIRECTORY_PARAMETER, " "));

		assertThat(passed).isEqualTo(2);
		assertThat(lookups).hasValue(0);
		assertThat(directory).isEmptyDirectory();
		assertThat(console()).isEmpty();
	}

	@Test
	void aForkWithoutAgentSaysSoInItsFileAndInOneLine() throws IOException {
		DependencyRecorder recorder = new DependencyRecorder(new PrintStream(console), () -> {
			throw new JacocoAgent.Unavailable(JacocoAgent.NOT_VISIBLE);
		});

		run(recorder, Map.of());

		assertThat(RawRecording.only(directory).entries())
			.containsExactly(new Mode(Recording.UNAVAILABLE_MODE, JacocoAgent.NOT_VISIBLE), new End());
		assertThat(console()).isEqualTo("[testgov] dependencies are not recorded in this fork: no JaCoCo agent: class"
				+ " [org.jacoco.agent.rt.RT] is not visible; was argLine overridden without @{argLine}?\n");
	}

	@Test
	void aDirectoryThatCannotBeCreatedIsReportedAndTheTestsStillRun() throws IOException {
		Path blocked = Files.writeString(directory.resolve("a-file"), "").resolve("raw");

		long passed = run(recorder(), Map.of(RecordSettings.DIRECTORY_PARAMETER, blocked.toString()));

		assertThat(passed).isEqualTo(2);
		assertThat(console()).startsWith("[testgov] dependencies are not recorded in this fork: cannot create a raw file"
				+ " in [" + blocked + "]: java.nio.file.");
		assertThat(probes.isClaimed()).isFalse();
	}

	@Test
	void aLauncherInsideARecordedTestLeavesTheProbesToTheOuterRecording() {
		probes.claim();

		run(recorder(), Map.of());

		assertThat(directory).isEmptyDirectory();
		assertThat(console()).isEmpty();
	}

	@Test
	void probesThatFailStopTheRecordingLoudlyAndLeaveNoEnd() throws IOException {
		FakeProbes failing = new FakeProbes(3);

		long passed = run(new DependencyRecorder(new PrintStream(console), () -> failing), Map.of());

		assertThat(passed).isEqualTo(2);
		RawRecording recorded = RawRecording.only(directory);
		assertThat(recorded.contents().isComplete()).isFalse();
		assertThat(recorded.entries(Coverage.class)).hasSize(2);
		assertThat(console()).isEqualTo("[testgov] dependency recording stopped in this fork, its tests count as"
				+ " unrecorded: java.lang.IllegalStateException: agent gone\n");
		assertThat(failing.isClaimed()).isFalse();
	}

	@Test
	void eachLauncherSessionWritesItsOwnCompleteFile() throws IOException {
		DependencyRecorder recorder = recorder();

		run(recorder, Map.of());
		run(recorder, Map.of());

		List<RawRecording> recordings = RawRecording.all(directory);
		assertThat(recordings).hasSize(2).allSatisfy(recording -> {
			assertThat(recording.contents().isComplete()).isTrue();
			assertThat(recording.outcome(FIRST).status()).isEqualTo("PASSED");
		});
	}

	@Test
	void configuredParallelExecutionMakesTheWholeForkOneScope() throws IOException {
		run(recorder(), Map.of(RecordSettings.PARALLEL_PARAMETER, "true"));

		RawRecording recorded = RawRecording.only(directory);
		assertThat(recorded.entries().get(0)).isEqualTo(new Mode(Recording.FORK_MODE, Recording.PARALLEL_CONFIGURED));
		assertThat(recorded.entries(Coverage.class)).extracting(Coverage::scopeId).containsOnly(Attribution.ROOT);
		assertThat(recorded.outcome(SECOND).status()).isEqualTo("PASSED");
	}

	@Test
	void concurrencySeenAtRunTimeMakesTheRestOfTheForkOneScope() throws Exception {
		LauncherDiscoveryRequest request = request(Map.of());
		TestPlan plan = LauncherFactory.create().discover(request);
		TestIdentifier engine = plan.getRoots().iterator().next();
		TestIdentifier type = plan.getChildren(engine).iterator().next();
		Map<String, TestIdentifier> tests = new HashMap<>();
		plan.getChildren(type).forEach(test -> tests.put(test.getUniqueId(), test));
		DependencyRecorder recorder = recorder();

		recorder.testPlanExecutionStarted(plan);
		recorder.executionStarted(engine);
		recorder.executionStarted(type);
		recorder.executionStarted(tests.get(FIRST));
		Thread worker = new Thread(() -> recorder.executionStarted(tests.get(SECOND)), "worker-7");
		worker.start();
		worker.join();
		for (TestIdentifier node : List.of(tests.get(FIRST), tests.get(SECOND), type, engine)) {
			recorder.executionFinished(node, TestExecutionResult.successful());
		}
		recorder.testPlanExecutionFinished(plan);

		List<Entry> entries = RawRecording.only(directory).entries();
		Mode fork = new Mode(Recording.FORK_MODE, "[" + SECOND + "] was reported on thread [worker-7] while [" + FIRST
				+ "] ran on thread [" + Thread.currentThread().getName() + "]: tests run concurrently in this fork");
		assertThat(entries).contains(fork);
		List<Entry> after = entries.subList(entries.indexOf(fork), entries.size());
		assertThat(after).filteredOn(Coverage.class::isInstance).extracting(entry -> ((Coverage) entry).scopeId())
			.containsOnly(Attribution.ROOT);
		assertThat(entries.get(entries.size() - 1)).isEqualTo(new End());
	}

	private DependencyRecorder recorder() {
		return new DependencyRecorder(new PrintStream(console), () -> probes);
	}

	/** @return how many tests passed */
	private long run(DependencyRecorder recorder, Map<String, String> parameters) {
		SummaryGeneratingListener summary = new SummaryGeneratingListener();
		LauncherFactory.create(LauncherConfig.builder()
			.enableTestExecutionListenerAutoRegistration(false)
			.addTestExecutionListeners(recorder, summary)
			.build()).execute(request(parameters));
		return summary.getSummary().getTestsSucceededCount();
	}

	private LauncherDiscoveryRequest request(Map<String, String> parameters) {
		Map<String, String> all = new HashMap<>();
		all.put(RecordSettings.DIRECTORY_PARAMETER, directory.toString());
		all.put(RecordSettings.PARALLEL_PARAMETER, "false");
		all.put("testgov.outcomes", "false");
		all.putAll(parameters);
		return LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(TwoTestsTestCase.class))
			.configurationParameters(all)
			.build();
	}

	private String console() {
		return console.toString(StandardCharsets.UTF_8);
	}

	@TestMethodOrder(MethodOrderer.MethodName.class)
	static class TwoTestsTestCase {

		@Test
		void first() {
		}

		@Test
		void second() {
		}
	}
}
