package dev.testgov.junit.internal.record;

import java.util.ArrayList;
import java.util.List;

import dev.testgov.junit.internal.record.RawEntries.FileRead;
import dev.testgov.junit.internal.record.hook.FileReads;
import dev.testgov.junit.internal.record.hook.Read;

/**
 * The recorder's side of the file-read agent: starts and stops the hook, tells it the current scope and turns
 * its reads into {@link FileRead} entries. Whether reads can be recorded at all is settled once per session,
 * and a session that records none says why, so it never looks like a fork whose tests read no files.
 */
final class FileReadCollector {

	static final String NO_AGENT = "no file-read agent: file reads are not recorded (add"
			+ " -javaagent:testgov-junit-<version>-agent.jar to record them)";
	static final String NO_ROOT = "the file-read agent runs, but configuration parameter [" + RecordSettings.ROOT_PARAMETER
			+ "] is not set, so no file counts as an input";
	static final String HOOK_NOT_SHARED = "the file-read agent runs, but the recorder sees another copy of its hook"
			+ " (loaded by [%s]): a class loader here does not delegate to the bootstrap loader first";
	static final String AGENT_FAILED = "the file-read agent failed to install itself: %s";
	static final String NO_PROBES = "no JaCoCo agent, so nothing is recorded";
	static final String HOOK_MISMATCH = "the file-read agent's hook does not fit this testgov-junit: %s";

	private final String problem;
	private final boolean warns;

	private FileReadCollector(String problem, boolean warns) {
		this.problem = problem;
		this.warns = warns;
	}

	/** Starts the hook if the agent runs and it can record; the collector says otherwise why not. */
	static FileReadCollector connect(RecordSettings settings, String scopeId) {
		String agent = System.getProperty(FileReads.AGENT_PROPERTY);
		if (agent == null) {
			return new FileReadCollector(NO_AGENT, false);
		}
		if (!agent.equals(FileReads.AGENT_INSTALLED)) {
			return new FileReadCollector(String.format(AGENT_FAILED, agent), false);
		}
		if (settings.root() == null) {
			return new FileReadCollector(NO_ROOT, true);
		}
		try {
			if (!FileReads.isInstalled()) {
				return new FileReadCollector(String.format(HOOK_NOT_SHARED, FileReads.class.getClassLoader()), true);
			}
			FileReads.start(settings.root().toString(), settings.directory().toString(), scopeId);
			return new FileReadCollector(null, false);
		}
		catch (LinkageError e) {
			return new FileReadCollector(String.format(HOOK_MISMATCH, e), true);
		}
	}

	/** A collector for a fork that records nothing at all. */
	static FileReadCollector unused() {
		return new FileReadCollector(NO_PROBES, false);
	}

	/** Why reads are not recorded; null when they are. */
	String problem() {
		return problem;
	}

	/**
	 * Whether the problem deserves a console warning: an agent that was asked for and installed but cannot
	 * work here. A missing agent is a choice; a failed one has warned already.
	 */
	boolean warns() {
		return warns;
	}

	void enter(String scopeId) {
		if (problem == null) {
			FileReads.enter(scopeId);
		}
	}

	List<FileRead> drain() {
		return problem == null ? entries(FileReads.drain()) : List.of();
	}

	List<FileRead> stop() {
		return problem == null ? entries(FileReads.stop()) : List.of();
	}

	private static List<FileRead> entries(List<Read> reads) {
		List<FileRead> entries = new ArrayList<>(reads.size());
		for (Read read : reads) {
			entries.add(new FileRead(read.scopeId(), read.kind(), read.location(), read.resource()));
		}
		return entries;
	}
}
