package dev.testgov.junit;

/** What a gate decided: open or closed, and the reason in the gate grammar. */
final class Verdict {

	private final boolean open;
	private final String reason;

	private Verdict(boolean open, String reason) {
		this.open = open;
		this.reason = reason;
	}

	static Verdict open(String reason) {
		return new Verdict(true, reason);
	}

	static Verdict closed(String reason) {
		return new Verdict(false, reason);
	}

	boolean isOpen() {
		return open;
	}

	String reason() {
		return reason;
	}
}
