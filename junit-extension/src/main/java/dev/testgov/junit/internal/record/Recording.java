package dev.testgov.junit.internal.record;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import dev.testgov.junit.internal.record.RawEntries.Coverage;
import dev.testgov.junit.internal.record.RawEntries.End;
import dev.testgov.junit.internal.record.RawEntries.Entry;
import dev.testgov.junit.internal.record.RawEntries.FileRead;
import dev.testgov.junit.internal.record.RawEntries.Mode;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * One launcher session's recording. At every start, skip and finish of any node it first cuts the execution
 * data gathered so far and gives it to the scope current before the event, so whatever runs between events
 * ({@code @BeforeAll}, static initialisers, class-level extensions, outer instances of {@code @Nested}
 * tests) lands on the enclosing container, and what runs before the first node on the root scope. Each
 * event's records are flushed when it is handled, so a killed JVM leaves a readable prefix. Thread-safe: JUnit
 * reports from worker threads under parallel execution, and each event is handled whole under one lock.
 */
final class Recording {

	static final String FORK_MODE = "fork";
	static final String UNAVAILABLE_MODE = "unavailable";
	static final String COVERAGE_ONLY_MODE = "coverage-only";
	static final String PARALLEL_CONFIGURED = "JUnit parallel execution is enabled ["
			+ RecordSettings.PARALLEL_PARAMETER + "=true]: tests may run concurrently in this fork";
	static final String STOPPED = "[testgov] dependency recording stopped in this fork, its tests count as"
			+ " unrecorded: %s";

	private final RawFile file;
	private final ProbeSource probes;
	private final FileReadCollector reads;
	private final Consumer<String> console;
	private final Attribution attribution = new Attribution();
	private final Map<String, Long> starts = new HashMap<>();
	private final Map<Long, ClassProbes> executed = new HashMap<>();
	private boolean restore;
	private ClassPatterns kept = ClassPatterns.ALL;
	private boolean stopped;
	private boolean released;

	/** @param probes null when the fork has no usable agent: then only the end is recorded */
	Recording(RawFile file, ProbeSource probes, FileReadCollector reads, Consumer<String> console) {
		this.file = file;
		this.probes = probes;
		this.reads = reads;
		this.console = console;
	}

	synchronized void begin(RecordSettings settings) {
		restore = settings.restore();
		kept = settings.classes();
		if (settings.parallel()) {
			fellBack(attribution.fallBack(PARALLEL_CONFIGURED));
		}
		if (reads.problem() != null) {
			write(new Mode(COVERAGE_ONLY_MODE, reads.problem()));
		}
		cut();
		flush();
	}

	synchronized void unavailable(String why) {
		write(new Mode(UNAVAILABLE_MODE, why));
		flush();
	}

	synchronized void started(TestIdentifier node, TestPlan plan) {
		if (recording()) {
			cut();
			fellBack(attribution.started(node.getUniqueId(), Thread.currentThread()));
			reads.enter(attribution.current());
			write(NodeEntries.scope(node, plan));
			flush();
			starts.put(node.getUniqueId(), System.nanoTime());
		}
	}

	synchronized void skipped(TestIdentifier node, TestPlan plan) {
		if (recording()) {
			cut();
			fellBack(attribution.skipped(node.getUniqueId(), Thread.currentThread()));
			write(NodeEntries.scope(node, plan));
			write(NodeEntries.skipped(node));
			flush();
		}
	}

	synchronized void finished(TestIdentifier node, TestExecutionResult result) {
		if (recording()) {
			cut();
			fellBack(attribution.finished(node.getUniqueId()));
			reads.enter(attribution.current());
			Long start = starts.remove(node.getUniqueId());
			long durationMillis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
			write(NodeEntries.finished(node, result, durationMillis));
			flush();
		}
	}

	/** Writes what remains and the end record, and closes the file; the recording is then spent. */
	synchronized void end() {
		if (recording()) {
			cut();
			writeAll(reads.stop());
		}
		if (!stopped) {
			write(new End());
			close();
			stopped = true;
		}
		release();
	}

	private boolean recording() {
		return !stopped && probes != null;
	}

	/** Gives the execution data and reads gathered since the last cut to the current scope. */
	private void cut() {
		try {
			List<ClassProbes> all = probes.take();
			if (restore) {
				all.forEach(this::remember);
			}
			List<ClassProbes> classes = all.stream().filter(data -> kept.keeps(data.className())).toList();
			if (!classes.isEmpty()) {
				write(new Coverage(attribution.current(), classes));
			}
			writeAll(reads.drain());
		}
		catch (RuntimeException e) {
			stop(e.toString());
		}
	}

	private void remember(ClassProbes probes) {
		executed.merge(probes.classId(), probes, (known, more) -> {
			byte[] union = known.probes().clone();
			for (int i = 0; i < union.length; i++) {
				union[i] |= more.probes()[i];
			}
			return new ClassProbes(known.classId(), known.className(), known.probeCount(), union);
		});
	}

	private void fellBack(String reason) {
		if (reason != null) {
			write(new Mode(FORK_MODE, reason));
		}
	}

	private void writeAll(List<FileRead> entries) {
		for (FileRead entry : entries) {
			write(entry);
		}
	}

	private void write(Entry entry) {
		if (stopped) {
			return;
		}
		try {
			entry.appendTo(file.writer());
		}
		catch (IOException e) {
			stop(file.path() + ": " + e);
		}
	}

	/** Hands the event's records to the file, so that they survive a killed JVM. */
	private void flush() {
		if (stopped) {
			return;
		}
		try {
			file.writer().flush();
		}
		catch (IOException e) {
			stop(file.path() + ": " + e);
		}
	}

	/** Gives up loudly: a file without its end record tells the plugin this fork's data is incomplete. */
	private void stop(String why) {
		if (!stopped) {
			stopped = true;
			console.accept(String.format(STOPPED, why));
			reads.stop();
			close();
			release();
		}
	}

	private void close() {
		try {
			file.writer().close();
		}
		catch (IOException e) {
			console.accept(String.format(STOPPED, file.path() + ": " + e));
		}
	}

	private void release() {
		if (probes != null && !released) {
			released = true;
			if (restore) {
				probes.restore(executed.values());
			}
			probes.release();
		}
	}
}
