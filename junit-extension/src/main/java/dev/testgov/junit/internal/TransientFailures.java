package dev.testgov.junit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

	/** The rules every live API test gets, matched against {@code ClassName: message} of each cause. */
	public static final List<Rule> BUILT_IN = List.of(
		new Rule("HTTP 429/503/529", "(?i)\\b(?:http|status|status code|code|error|response)\\W{0,3}(?:429|503|529)\\b"),
		new Rule("too many requests", "(?i)too many requests"),
		// Not inside a word ("generate limits", "separate limit"), but inside a camel-case name (ApiRateLimitException).
		new Rule("rate limit", "(?i)(?<![a-z])rate[ _-]?limit|(?-i:RateLimit)"),
		new Rule("quota exceeded",
			"(?i)quota (?:exceeded|exhausted)|exceeded (?:your |the )?(?:current )?quota|insufficient[_ ]quota"),
		new Rule("resource exhausted", "(?i)resource[_ ]exhausted"),
		new Rule("overloaded", "(?i)\\boverloaded"),
		new Rule("out of capacity",
			"(?i)\\b(?:insufficient|no|out of|over|at full|exceeded)\\s+capacity|\\bcapacity\\s+(?:exceeded|reached|limit)"),
		new Rule("service unavailable", "(?i)service unavailable"));

	private final List<Rule> rules;

	private TransientFailures(List<Rule> rules) {
		this.rules = rules;
	}

	/** The built-in patterns plus the user's, already compiled with {@link #compile}. */
	public static TransientFailures withBuiltIns(List<Pattern> userPatterns) {
		List<Rule> rules = new ArrayList<>(BUILT_IN);
		userPatterns.forEach(pattern -> rules.add(new Rule(null, pattern)));
		return new TransientFailures(rules);
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
			for (Rule rule : rules) {
				if (rule.pattern.matcher(text).find()) {
					return Optional.of(new Match(cause, rule));
				}
			}
		}
		return Optional.empty();
	}

	/** A named built-in pattern, or a user's pattern. */
	public static final class Rule {

		private final String name;
		private final Pattern pattern;

		Rule(String name, String regex) {
			this(name, Pattern.compile(regex));
		}

		Rule(String name, Pattern pattern) {
			this.name = name;
			this.pattern = pattern;
		}

		/** The regular expression. */
		public String regex() {
			return pattern.pattern();
		}

		/** How a reason names the rule: {@code [rate limit]} for a built-in one, {@code pattern [...]} for the user's. */
		public String describe() {
			return name != null ? "[" + name + "]" : "pattern [" + pattern.pattern() + "]";
		}
	}

	/** A transient failure and the rule that recognised it. */
	public static final class Match {

		private final Throwable cause;
		private final Rule rule;

		Match(Throwable cause, Rule rule) {
			this.cause = cause;
			this.rule = rule;
		}

		/** The exception in the chain that matched. */
		public Throwable cause() {
			return cause;
		}

		/** The rule that matched it. */
		public Rule rule() {
			return rule;
		}
	}
}
