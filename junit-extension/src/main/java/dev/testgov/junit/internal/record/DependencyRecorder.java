package dev.testgov.junit.internal.record;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records, in the test JVM, what each test and container executed (JaCoCo probes) and read (files and
 * resources, when the file-read agent runs), for affected-test selection; the plugin analyses the raw files
 * once after the run. Registered through {@code META-INF/services} and idle, at the cost of one volatile
 * read per event, unless {@code testgov.record.directory} names a directory, as a configuration parameter
 * or system property. One raw file per launcher session: {@code <directory>/raw-<pid>-<sequence>.tgr}.
 *
 * <p>Attribution: at every start, skip and finish of a test or container, the execution data gathered so far
 * goes to the node running before the event (see {@link Recording}). Parameterized, repeated, dynamic and
 * {@code @Nested} tests are nodes with unique ids like any other; a dynamic test needs nothing at
 * registration, since its start event names it and the test plan already knows its parent.
 *
 * <p>A fork that cannot record says so in one {@code [testgov]} line on standard error and in its raw file,
 * and never fails a test.
 */
public class DependencyRecorder implements TestExecutionListener {

	static final String NOT_RECORDED = "[testgov] dependencies are not recorded in this fork: %s";
	static final String FILES_NOT_RECORDED = "[testgov] file reads are not recorded in this fork: %s";
	static final String CANNOT_CREATE = "cannot create a raw file in [%s]: %s";

	private final PrintStream console;
	private final ProbeLocator locator;
	private volatile Recording recording;
	private volatile TestPlan plan;

	/** The recorder the JUnit Platform loads, reaching this JVM's JaCoCo agent. */
	public DependencyRecorder() {
		this(System.err, JacocoAgent::locate);
	}

	DependencyRecorder(PrintStream console, ProbeLocator locator) {
		this.console = console;
		this.locator = locator;
	}

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		Optional<RecordSettings> settings;
		try {
			settings = RecordSettings.of(testPlan.getConfigurationParameters());
		}
		catch (IllegalArgumentException e) {
			warn(String.format(NOT_RECORDED, e.getMessage()));
			return;
		}
		if (settings.isPresent()) {
			plan = testPlan;
			recording = open(settings.get());
		}
	}

	@Override
	public void executionStarted(TestIdentifier identifier) {
		Recording current = recording;
		if (current != null) {
			current.started(identifier, plan);
		}
	}

	@Override
	public void executionSkipped(TestIdentifier identifier, String reason) {
		Recording current = recording;
		if (current != null) {
			current.skipped(identifier, plan);
		}
	}

	@Override
	public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
		Recording current = recording;
		if (current != null) {
			current.finished(identifier, result);
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		Recording current = recording;
		recording = null;
		if (current != null) {
			current.end();
		}
	}

	/** @return null when this session records nothing: no file, or another recording holds the probes */
	private Recording open(RecordSettings settings) {
		ProbeSource probes;
		try {
			probes = locator.locate();
		}
		catch (JacocoAgent.Unavailable e) {
			RawFile file = create(settings);
			return file == null ? null : unavailable(file, e.getMessage());
		}
		if (!probes.claim()) {
			return null;
		}
		RawFile file = create(settings);
		if (file == null) {
			probes.release();
			return null;
		}
		return recording(file, probes, settings);
	}

	private RawFile create(RecordSettings settings) {
		try {
			return RawFile.createIn(settings.directory());
		}
		catch (IOException e) {
			warn(String.format(NOT_RECORDED, String.format(CANNOT_CREATE, settings.directory(), e)));
			return null;
		}
	}

	private Recording recording(RawFile file, ProbeSource probes, RecordSettings settings) {
		FileReadCollector reads = FileReadCollector.connect(settings, Attribution.ROOT);
		if (reads.warns()) {
			warn(String.format(FILES_NOT_RECORDED, reads.problem()));
		}
		Recording started = new Recording(file, probes, reads, this::warn);
		started.begin(settings);
		return started;
	}

	private Recording unavailable(RawFile file, String why) {
		warn(String.format(NOT_RECORDED, why));
		Recording idle = new Recording(file, null, FileReadCollector.unused(), this::warn);
		idle.unavailable(why);
		return idle;
	}

	private void warn(String line) {
		console.println(line);
		console.flush();
	}

	/** Finds the probes; a seam so tests run the recorder without a JaCoCo agent. */
	@FunctionalInterface
	interface ProbeLocator {

		ProbeSource locate() throws JacocoAgent.Unavailable;
	}
}
