package dev.testgov.maven.internal.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.testgov.junit.internal.record.RawEntries;
import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import dev.testgov.junit.internal.record.RawEntries.Coverage;
import dev.testgov.junit.internal.record.RawEntries.Entry;
import dev.testgov.junit.internal.record.RawEntries.FileRead;
import dev.testgov.junit.internal.record.RawEntries.Mode;
import dev.testgov.junit.internal.record.RawEntries.Outcome;
import dev.testgov.junit.internal.record.RawEntries.Scope;
import dev.testgov.junit.internal.record.RawRecords;

/**
 * One test JVM's raw recording, grouped by scope. Reading stops at the first truncated, corrupt or
 * undecodable record; {@link #complete()} is true only when the fork wrote its end record and nothing
 * was damaged.
 */
final class ForkRecording {

	/** The scope of code that ran before the first test or container started. */
	static final String ROOT_SCOPE = "";

	final Path file;
	final Map<String, Scope> scopes = new LinkedHashMap<>();
	final Map<String, List<ClassProbes>> coverage = new HashMap<>();
	final Map<String, List<FileRead>> reads = new HashMap<>();
	final Map<String, List<Outcome>> outcomes = new HashMap<>();
	final Map<String, String> modes = new TreeMap<>();
	private boolean complete;
	private String problem;

	private ForkRecording(Path file) {
		this.file = file;
	}

	static ForkRecording read(Path file) {
		ForkRecording fork = new ForkRecording(file);
		RawRecords.Contents contents;
		try {
			contents = RawRecords.read(file);
		}
		catch (IOException e) {
			fork.problem = String.valueOf(e);
			return fork;
		}
		List<RawRecords.Record> records = contents.records();
		for (int index = 0; index < records.size(); index++) {
			try {
				fork.add(RawEntries.decode(records.get(index)));
			}
			catch (IOException | RuntimeException e) {
				fork.problem = "record " + index + " cannot be decoded: " + e;
				return fork;
			}
		}
		fork.problem = contents.problem();
		fork.complete = contents.isComplete() && !contents.isDamaged();
		return fork;
	}

	private void add(Entry entry) {
		if (entry instanceof Scope scope) {
			scopes.putIfAbsent(scope.id(), scope);
		}
		else if (entry instanceof Coverage data) {
			coverage.computeIfAbsent(data.scopeId(), id -> new ArrayList<>()).addAll(data.classes());
		}
		else if (entry instanceof FileRead read) {
			reads.computeIfAbsent(read.scopeId(), id -> new ArrayList<>()).add(read);
		}
		else if (entry instanceof Outcome outcome) {
			outcomes.computeIfAbsent(outcome.id(), id -> new ArrayList<>()).add(outcome);
		}
		else if (entry instanceof Mode mode) {
			modes.putIfAbsent(mode.mode(), mode.reason());
		}
	}

	/** Whether tests ran concurrently, so that coverage could only be attributed to the whole fork. */
	boolean forkMode() {
		return modes.containsKey(AnalysisMessages.FORK_MODE);
	}

	boolean complete() {
		return complete;
	}

	/** Why reading stopped early, or {@code null}. */
	String problem() {
		return problem;
	}

	List<ClassProbes> coverageOf(String scopeId) {
		return coverage.getOrDefault(scopeId, List.of());
	}

	List<FileRead> readsOf(String scopeId) {
		return reads.getOrDefault(scopeId, List.of());
	}
}
