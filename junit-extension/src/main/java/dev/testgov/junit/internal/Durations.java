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
		if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
			throw new GateConfigurationException(String.format(
				"%s has an invalid timeout [%s]; write a positive duration such as 500ms, 2s or 1m", attribute, value));
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
		switch (unit) {
			case "s":
				return Duration.ofSeconds(amount);
			case "m":
				return Duration.ofMinutes(amount);
			default:
				return Duration.ofMillis(amount);
		}
	}

	/** A human-readable duration, e.g. {@code 1000 ms}. */
	public static String format(Duration duration) {
		return duration.toMillis() + " ms";
	}
}
