package dev.testgov.junit.internal.services;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

import dev.testgov.junit.internal.Durations;
import dev.testgov.junit.internal.Reasons;

/** Turns what a probe threw into one line: refused, timed out, unknown host, or the exception itself. */
final class ProbeFailures {

	private ProbeFailures() {
	}

	static String describe(String subject, IOException e, Duration timeout) {
		String message = Reasons.firstLine(e.getMessage());
		if (e instanceof SocketTimeoutException || e instanceof HttpTimeoutException) {
			return MissingItems.timedOut(subject, Durations.format(timeout));
		}
		if (e instanceof ConnectException && message.toLowerCase(Locale.ROOT).contains("refused")) {
			return MissingItems.refused(subject);
		}
		if (e instanceof UnknownHostException) {
			return MissingItems.unknownHost(subject, message);
		}
		return MissingItems.unreachable(subject, e.getClass().getSimpleName(), message);
	}

	/** A timeout as the socket APIs take it: whole milliseconds, at least one. */
	static int millis(Duration timeout) {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
	}
}
