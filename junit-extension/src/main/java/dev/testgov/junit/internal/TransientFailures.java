package dev.testgov.junit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.testgov.junit.GateClosedException;
import dev.testgov.junit.GateConfigurationException;
import org.opentest4j.TestAbortedException;

/**
 * Recognises transient failures of a live API provider — rate limits, quotas, overload — in a thrown
 * exception or any of its causes. Assertion failures are never transient: a real bug must fail.
 */
public final class TransientFailures {

	/** The patterns every live API test gets, matched against {@code ClassName: message} of each cause. */
	public static final List<String> BUILT_IN = List.of(
		"(?i)\\b(?:http|status|status code|code|error|response)\\W{0,3}(?:429|503|529)\\b",
		"(?i)too many requests",
		// Not inside a word ("generate limits", "separate limit"), but inside a camel-case name (ApiRateLimitException).
		"(?i)(?<![a-z])rate[ _-]?limit|(?-i:RateLimit)",
		"(?i)quota (?:exceeded|exhausted)|exceeded (?:your |the )?(?:current )?quota|insufficient[_ ]quota",
		"(?i)resource[_ ]exhausted",
		"(?i)\\boverloaded",
		"(?i)\\b(?:insufficient|no|out of|over|at full|exceeded)\\s+capacity|\\bcapacity\\s+(?:exceeded|reached|limit)",
		"(?i)service unavailable");

	private final List<Pattern> patterns;

	private TransientFailures(List<Pattern> patterns) {
		this.patterns = patterns;
	}

	/** The built-in patterns plus the user's, already compiled with {@link #compile}. */
	public static TransientFailures withBuiltIns(List<Pattern> userPatterns) {
		List<Pattern> patterns = new ArrayList<>();
		BUILT_IN.forEach(pattern -> patterns.add(Pattern.compile(pattern)));
		patterns.addAll(userPatterns);
		return new TransientFailures(patterns);
	}

	/** Compiles one user pattern, or fails naming the attribute and the pattern. */
	public static Pattern compile(String attribute, String pattern) {
		if (pattern == null || pattern.isBlank()) {
			throw new GateConfigurationException(attribute + " contains a blank pattern; remove it or write a regular expression");
		}
		try {
			return Pattern.compile(pattern);
		}
		catch (PatternSyntaxException e) {
			throw new GateConfigurationException(String.format("%s contains an invalid regular expression [%s]: %s",
				attribute, pattern, Reasons.firstLine(e.getDescription())), e);
		}
	}

	/** The first cause in the chain that matches a transient pattern, unless the failure is an assertion. */
	public Optional<Match> match(Throwable thrown) {
		if (thrown instanceof AssertionError || thrown instanceof TestAbortedException
				|| thrown instanceof GateConfigurationException || thrown instanceof GateClosedException) {
			return Optional.empty();
		}
		for (Throwable cause : Causes.chain(thrown)) {
			String text = cause.getClass().getName() + ": " + cause.getMessage();
			for (Pattern pattern : patterns) {
				Matcher matcher = pattern.matcher(text);
				if (matcher.find()) {
					return Optional.of(new Match(cause, pattern.pattern()));
				}
			}
		}
		return Optional.empty();
	}

	/** A transient failure and the pattern that recognised it. */
	public static final class Match {

		private final Throwable cause;
		private final String pattern;

		Match(Throwable cause, String pattern) {
			this.cause = cause;
			this.pattern = pattern;
		}

		/** The exception in the chain that matched. */
		public Throwable cause() {
			return cause;
		}

		/** The pattern that matched it. */
		public String pattern() {
			return pattern;
		}
	}
}
