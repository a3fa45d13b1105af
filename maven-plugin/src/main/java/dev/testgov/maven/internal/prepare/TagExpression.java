package dev.testgov.maven.internal.prepare;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a JUnit tag or tag expression ({@code requires_docker}, {@code live_api & !manual},
 * {@code (a | b) & !c}, {@code any()}, {@code none()}) the way the JUnit Platform will read it, so a typo fails
 * the build in Maven instead of in every fork.
 *
 * <p>The canonical form has no whitespace: Surefire splits {@code groups} on spaces as well as commas.
 */
final class TagExpression {

	private static final String OPERATORS = "!&|()";
	private static final String RESERVED = ",()&|!";

	private final List<String> tokens;
	private int position;

	private TagExpression(List<String> tokens) {
		this.tokens = tokens;
	}

	/**
	 * The expression without whitespace.
	 *
	 * @throws IllegalArgumentException saying what is wrong with it
	 */
	static String canonical(String expression) {
		if (expression == null || expression.isBlank()) {
			throw new IllegalArgumentException("it is blank");
		}
		TagExpression parser = new TagExpression(tokenize(expression));
		parser.or();
		if (parser.position < parser.tokens.size()) {
			throw new IllegalArgumentException("unexpected [" + parser.tokens.get(parser.position) + "]");
		}
		return String.join("", parser.tokens);
	}

	private static List<String> tokenize(String expression) {
		List<String> tokens = new ArrayList<>();
		StringBuilder tag = new StringBuilder();
		for (char c : expression.toCharArray()) {
			if (Character.isWhitespace(c) || OPERATORS.indexOf(c) >= 0) {
				flush(tag, tokens);
				if (!Character.isWhitespace(c)) {
					tokens.add(String.valueOf(c));
				}
			}
			else if (Character.isISOControl(c) || RESERVED.indexOf(c) >= 0) {
				throw new IllegalArgumentException("[" + c + "] is not allowed in a tag");
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

	private void or() {
		and();
		while (accept("|")) {
			and();
		}
	}

	private void and() {
		not();
		while (accept("&")) {
			not();
		}
	}

	private void not() {
		if (accept("!")) {
			not();
			return;
		}
		if (accept("(")) {
			or();
			expect(")");
			return;
		}
		String token = next("a tag");
		if (OPERATORS.contains(token)) {
			throw new IllegalArgumentException("a tag is missing before [" + token + "]");
		}
		if ((token.equals("any") || token.equals("none")) && accept("(")) {
			expect(")");
		}
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

	private String next(String what) {
		if (position >= tokens.size()) {
			throw new IllegalArgumentException(what + " is missing at the end");
		}
		return tokens.get(position++);
	}
}
