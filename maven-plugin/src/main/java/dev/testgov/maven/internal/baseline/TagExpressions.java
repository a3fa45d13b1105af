package dev.testgov.maven.internal.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Evaluates a JUnit tag expression ({@code requires_docker}, {@code live_api & !manual}, {@code (a | b) & !c},
 * {@code any()}, {@code none()}) against a test's tags, so a check can tell which baseline tests this run's
 * {@code groups} and {@code excludedGroups} left out. {@code !} binds tighter than {@code &}, which binds
 * tighter than {@code |}, as in JUnit.
 */
final class TagExpressions {

	private final List<String> tokens;
	private final Set<String> tags;
	private int position;

	private TagExpressions(List<String> tokens, Set<String> tags) {
		this.tokens = tokens;
		this.tags = tags;
	}

	/**
	 * Whether tests with these tags match the expression.
	 *
	 * @throws IllegalArgumentException when the expression does not parse
	 */
	static boolean matches(String expression, Set<String> tags) {
		TagExpressions parser = new TagExpressions(tokenize(expression), tags);
		boolean result = parser.or();
		if (parser.position != parser.tokens.size()) {
			throw new IllegalArgumentException("tag expression [" + expression + "] does not parse");
		}
		return result;
	}

	private static List<String> tokenize(String expression) {
		List<String> tokens = new ArrayList<>();
		StringBuilder tag = new StringBuilder();
		for (char c : expression.toCharArray()) {
			if ("!&|()".indexOf(c) >= 0 || Character.isWhitespace(c)) {
				flush(tag, tokens);
				if (!Character.isWhitespace(c)) {
					tokens.add(String.valueOf(c));
				}
			}
			else {
				tag.append(c);
			}
		}
		flush(tag, tokens);
		return tokens;
	}

	private static void flush(StringBuilder tag, List<String> tokens) {
		if (tag.length() > 0) {
			tokens.add(tag.toString());
			tag.setLength(0);
		}
	}

	private boolean or() {
		boolean result = and();
		while (accept("|")) {
			result = and() | result;
		}
		return result;
	}

	private boolean and() {
		boolean result = not();
		while (accept("&")) {
			result = not() & result;
		}
		return result;
	}

	private boolean not() {
		if (accept("!")) {
			return !not();
		}
		if (accept("(")) {
			boolean result = or();
			expect(")");
			return result;
		}
		if (position >= tokens.size()) {
			throw new IllegalArgumentException("a tag is missing at the end");
		}
		String tag = tokens.get(position++);
		if ((tag.equals("any") || tag.equals("none")) && accept("(")) {
			expect(")");
			return tag.equals("any") != tags.isEmpty();
		}
		return tags.contains(tag);
	}

	private boolean accept(String token) {
		if (position < tokens.size() && tokens.get(position).equals(token)) {
			position++;
			return true;
		}
		return false;
	}

	private void expect(String token) {
		if (!accept(token)) {
			throw new IllegalArgumentException("[" + token + "] is missing");
		}
	}
}
