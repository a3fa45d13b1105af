package dev.testgov.maven.internal.prepare;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Appends JVM switches to Surefire's and Failsafe's {@code argLine}, never replacing what is there (a JaCoCo
 * agent, the user's own flags).
 *
 * <p>Surefire splits {@code argLine} on spaces and strips single and double quotes, with no backslash
 * escapes; adjacent quoted pieces join into one argument. So an argument with a space or a quote is written
 * in double quotes, and each double quote inside it as {@code "'"'"} (close, a single-quoted {@code "},
 * reopen): {@code -Dx=a "b"} becomes {@code "-Dx=a "'"'"b"'"'""}.
 */
public final class ArgLine {

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.,:;/=+@%*!#~^\\[\\]\\\\-]+");

	private ArgLine() {
	}

	/** One argument, quoted only when it must be. */
	public static String quote(String argument) {
		if (PLAIN.matcher(argument).matches()) {
			return argument;
		}
		return '"' + argument.replace("\"", "\"'\"'\"") + '"';
	}

	/** The arguments, quoted and joined with spaces. */
	public static String join(List<String> arguments) {
		return arguments.stream().map(ArgLine::quote).collect(Collectors.joining(" "));
	}

	/**
	 * {@code existing} followed by {@code addition}; unchanged when {@code addition} is empty or already at its
	 * end, so running the goal twice in one build adds nothing twice.
	 */
	public static String append(String existing, String addition) {
		String current = existing == null ? "" : existing.strip();
		if (addition.isEmpty() || current.endsWith(addition)) {
			return current;
		}
		return current.isEmpty() ? addition : current + " " + addition;
	}
}
