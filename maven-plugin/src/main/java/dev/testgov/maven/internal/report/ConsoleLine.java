package dev.testgov.maven.internal.report;

/**
 * One line for the Maven log and the level to log it at.
 *
 * @param level how loud
 * @param text the line, starting with {@code testgov: }
 */
public record ConsoleLine(Level level, String text) {

	/** The Maven log levels testgov uses. */
	public enum Level {
		INFO, WARNING, ERROR
	}

	static ConsoleLine info(String text) {
		return new ConsoleLine(Level.INFO, text);
	}
}
