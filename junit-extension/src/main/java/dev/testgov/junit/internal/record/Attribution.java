package dev.testgov.junit.internal.record;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Which scope the execution data gathered right now belongs to: the innermost node executing, or the root
 * pseudo-scope {@code ""} before the first node and after the last. JaCoCo's probes are global, so this is
 * only right while one node runs at a time; the first sign of concurrency (a node starting or finishing on
 * another thread than the innermost running one, or out of order) makes attribution fork-wide for good,
 * which is coarse but never wrong. Not thread-safe: the recorder calls it under its lock.
 */
final class Attribution {

	static final String ROOT = "";
	static final String OVERLAP = "[%s] was reported on thread [%s] while [%s] ran on thread [%s]: tests run concurrently"
			+ " in this fork";
	static final String OUT_OF_ORDER = "[%s] finished while [%s] still ran: tests run concurrently in this fork";

	private final Deque<Frame> running = new ArrayDeque<>();
	private String forkWide;

	/** The scope that receives what executes now. */
	String current() {
		return forkWide != null || running.isEmpty() ? ROOT : running.peek().id;
	}

	boolean isForkWide() {
		return forkWide != null;
	}

	/** @return {@code reason} if attribution just became fork-wide; null if it already was */
	String fallBack(String reason) {
		if (forkWide != null) {
			return null;
		}
		forkWide = reason;
		running.clear();
		return reason;
	}

	/** A node starts on {@code thread}; @return why attribution just became fork-wide, or null */
	String started(String id, Thread thread) {
		String overlap = overlap(id, thread);
		if (overlap != null) {
			return fallBack(overlap);
		}
		if (forkWide == null) {
			running.push(new Frame(id, thread));
		}
		return null;
	}

	/** A node is skipped on {@code thread}: it never runs, but its report reveals concurrency all the same. */
	String skipped(String id, Thread thread) {
		String overlap = overlap(id, thread);
		return overlap == null ? null : fallBack(overlap);
	}

	/** A node finishes; @return why attribution just became fork-wide, or null */
	String finished(String id) {
		if (forkWide != null) {
			return null;
		}
		if (running.isEmpty() || !running.peek().id.equals(id)) {
			return fallBack(String.format(OUT_OF_ORDER, id, running.isEmpty() ? ROOT : running.peek().id));
		}
		running.pop();
		return null;
	}

	private String overlap(String id, Thread thread) {
		if (forkWide != null || running.isEmpty() || running.peek().thread == thread) {
			return null;
		}
		Frame other = running.peek();
		return String.format(OVERLAP, id, thread.getName(), other.id, other.thread.getName());
	}

	private record Frame(String id, Thread thread) {
	}
}
