package dev.testgov.junit.internal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.testgov.junit.GateConfigurationException;

/** Parses timeouts written as {@code 500ms}, {@code 2s}, {@code 1m} or a bare number of milliseconds. */
public final class Durations {

	private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

	private Durations() {
	}

	/** Parses a positive duration; anything else is a configuration error naming the attribute and value. */
	public static Duration parse(String value, String attribute) {
		Matcher matcher = DURATION.matcher(value == null ? "" : value.trim());
		if (matcher.matches()) {
			try {
				long millis = toMillis(Long.parseLong(matcher.group(1)), matcher.group(2));
				// Probes count down in nanoseconds, so the timeout must fit in a long of them (about 292 years).
				Math.multiplyExact(millis, 1_000_000L);
				if (millis > 0) {
					return Duration.ofMillis(millis);
				}
			}
			catch (NumberFormatException | ArithmeticException e) {
				// Too many digits for a long, or too long to count down: as invalid as a negative timeout.
			}
		}
		throw new GateConfigurationException(String.format(
			"%s has an invalid timeout [%s]; write a positive duration such as 500ms, 2s or 1m", attribute, value));
	}

	private static long toMillis(long amount, String unit) {
		if ("s".equals(unit)) {
			return Math.multiplyExact(amount, 1_000L);
		}
		if ("m".equals(unit)) {
			return Math.multiplyExact(amount, 60_000L);
		}
		return amount;
	}

	/** A human-readable duration, e.g. {@code 1000 ms}. */
	public static String format(Duration duration) {
		return duration.toMillis() + " ms";
	}
}
