package dev.testgov.maven.internal.baseline;

import java.util.Locale;

/** Durations as a baseline keeps them and as people read them. */
public final class Millis {

	private Millis() {
	}

	/**
	 * Rounds to two significant digits and to at least 10 ms, so re-recording an unchanged suite changes few
	 * lines: 3 → 0, 47 → 50, 1234 → 1200.
	 */
	public static long round(long millis) {
		if (millis < 100) {
			return Math.round(millis / 10.0) * 10;
		}
		long unit = (long) Math.pow(10, (long) Math.floor(Math.log10(millis)) - 1);
		return Math.round((double) millis / unit) * unit;
	}

	/** {@code 0 ms}, {@code 850 ms}, {@code 1.2 s}, {@code 122 s}, {@code 3 min 5 s}. */
	public static String format(long millis) {
		if (millis < 1000) {
			return millis + " ms";
		}
		if (millis < 10_000) {
			return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
		}
		long seconds = Math.round(millis / 1000.0);
		return seconds < 600 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
	}
}
