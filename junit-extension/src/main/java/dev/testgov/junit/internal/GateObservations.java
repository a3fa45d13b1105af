package dev.testgov.junit.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import dev.testgov.junit.Gate;

/**
 * What the gates found in this JVM, keyed by reason: which were open and which closed. The outcome
 * recorder writes it as the environment a run happened in (was Docker available, which credentials were
 * missing), so a baseline can tell a closed gate from a lost test.
 */
public final class GateObservations {

	private static final ConcurrentMap<String, Observation> OBSERVED = new ConcurrentHashMap<>();

	private GateObservations() {
	}

	/** Records a verdict; reasons never carry secret values, so they are safe to keep. */
	public static void record(Gate gate, boolean open, String reason) {
		OBSERVED.putIfAbsent(reason, new Observation(gate, open, reason));
	}

	/** Everything observed so far, sorted by reason. */
	public static Map<String, Observation> snapshot() {
		return new TreeMap<>(OBSERVED);
	}

	/** One gate verdict. */
	public static final class Observation {

		private final Gate gate;
		private final boolean open;
		private final String reason;

		Observation(Gate gate, boolean open, String reason) {
			this.gate = gate;
			this.open = open;
			this.reason = reason;
		}

		public Gate gate() {
			return gate;
		}

		public boolean isOpen() {
			return open;
		}

		public String reason() {
			return reason;
		}
	}
}
