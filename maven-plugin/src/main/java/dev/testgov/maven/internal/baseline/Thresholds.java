package dev.testgov.maven.internal.baseline;

import java.util.Set;

/**
 * When a difference counts as drift, and which drift fails a check.
 *
 * @param failOn the kinds that fail the build; the others are reported
 * @param maxExecutedDropPercent how far (in percent) the number of tests that ran may fall below the baseline's
 *        before it is a collapse; none running is always one
 * @param slowTestMillis from how long a test counts as slow
 * @param slowdownFactor how many times its baseline duration a test (or the run) must take to count as slower
 * @param slowdownMinMillis how many milliseconds it must also add, so that 2 ms becoming 5 ms is not news
 */
public record Thresholds(Set<DriftKind> failOn, int maxExecutedDropPercent, long slowTestMillis,
		double slowdownFactor, long slowdownMinMillis) {

	public static final int DEFAULT_MAX_EXECUTED_DROP_PERCENT = 20;
	public static final long DEFAULT_SLOW_TEST_MILLIS = 1000;
	public static final double DEFAULT_SLOWDOWN_FACTOR = 2.0;
	public static final long DEFAULT_SLOWDOWN_MIN_MILLIS = 500;

	/**
	 * Validates the thresholds.
	 *
	 * @throws IllegalArgumentException naming the property and the value that is out of range
	 */
	public Thresholds {
		failOn = Set.copyOf(failOn);
		require(maxExecutedDropPercent >= 0 && maxExecutedDropPercent <= 100, "testgov.check.maxExecutedDrop",
			maxExecutedDropPercent, "a percentage from 0 to 100");
		require(slowTestMillis > 0, "testgov.check.slowTestMillis", slowTestMillis, "a positive number of milliseconds");
		require(slowdownFactor > 1, "testgov.check.slowdownFactor", slowdownFactor, "a factor above 1, e.g. 2.0");
		require(slowdownMinMillis >= 0, "testgov.check.slowdownMinMillis", slowdownMinMillis,
			"zero or a positive number of milliseconds");
	}

	/** The defaults, failing on {@value DriftKind#DEFAULT_FAIL_ON}. */
	public static Thresholds defaults() {
		return new Thresholds(DriftKind.parse(DriftKind.DEFAULT_FAIL_ON), DEFAULT_MAX_EXECUTED_DROP_PERCENT,
			DEFAULT_SLOW_TEST_MILLIS, DEFAULT_SLOWDOWN_FACTOR, DEFAULT_SLOWDOWN_MIN_MILLIS);
	}

	private static void require(boolean valid, String property, Object value, String expected) {
		if (!valid) {
			throw new IllegalArgumentException(String.format(BaselineMessages.BAD_THRESHOLD, property, value, expected));
		}
	}

	/** Whether a duration grew beyond the slowdown thresholds. */
	public boolean isSlowdown(long beforeMillis, long afterMillis) {
		return afterMillis >= beforeMillis * slowdownFactor && afterMillis - beforeMillis >= slowdownMinMillis;
	}
}
