package dev.testgov.junit.internal;

import dev.testgov.junit.Gate;

/**
 * The one grammar of gate reasons: {@code <gate>: <fact with the input in [brackets]>; <how to enable>}.
 */
public final class Reasons {

	private Reasons() {
	}

	/** A closed gate's reason, e.g. {@code @Manual: system property [testgov.manual] is not true; run with ...}. */
	public static String closed(Gate gate, String fact, String howToEnable) {
		return gate.label() + ": " + fact + "; " + howToEnable;
	}

	/** An open gate's reason, e.g. {@code @RequiresDocker: Docker is available at [unix:///var/run/docker.sock]}. */
	public static String open(Gate gate, String fact) {
		return gate.label() + ": " + fact;
	}

	/** Appends a user-supplied reason, never substituting it for the gate's own. */
	public static String withUserReason(String reason, String userReason) {
		return userReason == null || userReason.isBlank() ? reason : reason + " ==> " + userReason.trim();
	}

	/** The first line of a message, for causes that must fit on one line. */
	public static String firstLine(String message) {
		if (message == null || message.isBlank()) {
			return "no message";
		}
		String trimmed = message.strip();
		int newline = trimmed.indexOf('\n');
		return (newline < 0 ? trimmed : trimmed.substring(0, newline)).strip();
	}
}
