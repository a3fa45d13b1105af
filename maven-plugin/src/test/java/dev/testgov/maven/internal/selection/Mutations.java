package dev.testgov.maven.internal.selection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small faults in production source text: the mutation operators, the candidate sites they find, and a
 * seeded sample of them. Operators work on code only (string literals, character literals and comments are
 * masked first, except by the string operator), from the first brace of the type on, and need spaces around
 * an operator, so that generics and lambdas are not taken for comparisons.
 */
final class Mutations {

	/** One faulty version of one class. */
	record Mutant(String description, String className, String source) {

		@Override
		public String toString() {
			return description;
		}
	}

	private static final Map<String, String> BINARY = Map.ofEntries(Map.entry(" + ", " - "), Map.entry(" - ", " + "),
		Map.entry(" * ", " / "), Map.entry(" / ", " * "), Map.entry(" % ", " * "), Map.entry(" < ", " <= "),
		Map.entry(" <= ", " < "), Map.entry(" > ", " >= "), Map.entry(" >= ", " > "), Map.entry(" == ", " != "),
		Map.entry(" != ", " == "), Map.entry(" && ", " || "), Map.entry(" || ", " && "));
	private static final Pattern OPERATOR = Pattern.compile(" (\\+|-|\\*|/|%|<=?|>=?|==|!=|&&|\\|\\|) ");
	private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])\\d+(?![\\w.])");
	private static final Pattern BOOLEAN = Pattern.compile("\\b(true|false)\\b");
	private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");
	private static final Pattern CONDITION = Pattern.compile("\\bif \\(");

	private Mutations() {
	}

	/** Every candidate of every operator in the given sources, in source order. */
	static List<Mutant> candidates(Map<String, String> sources) {
		List<Mutant> mutants = new ArrayList<>();
		sources.forEach((className, source) -> {
			String code = mask(source);
			int body = code.indexOf('{');
			operators(className, source, code, body, mutants);
			numbers(className, source, code, body, mutants);
			booleans(className, source, code, body, mutants);
			strings(className, source, code, body, mutants);
			conditions(className, source, code, body, mutants);
		});
		return mutants;
	}

	/** The candidates in an order fixed by the seed. */
	static List<Mutant> shuffled(List<Mutant> candidates, long seed) {
		List<Mutant> shuffled = new ArrayList<>(candidates);
		Collections.shuffle(shuffled, new Random(seed));
		return shuffled;
	}

	private static void operators(String className, String source, String code, int body, List<Mutant> mutants) {
		Matcher matcher = OPERATOR.matcher(code);
		for (int from = body; from < code.length() && matcher.find(from); from = matcher.end() - 1) {
			String replacement = BINARY.get(matcher.group());
			mutants.add(replace(className, source, matcher.start(), matcher.end(), replacement,
				"replace '" + matcher.group().strip() + "' with '" + replacement.strip() + "'"));
		}
	}

	private static void numbers(String className, String source, String code, int body, List<Mutant> mutants) {
		Matcher matcher = NUMBER.matcher(code);
		while (matcher.find()) {
			if (matcher.start() > body) {
				long value = Long.parseLong(matcher.group());
				mutants.add(replace(className, source, matcher.start(), matcher.end(), String.valueOf(value + 1),
					"change constant " + value + " to " + (value + 1)));
			}
		}
	}

	private static void booleans(String className, String source, String code, int body, List<Mutant> mutants) {
		Matcher matcher = BOOLEAN.matcher(code);
		while (matcher.find()) {
			if (matcher.start() > body) {
				String flipped = matcher.group().equals("true") ? "false" : "true";
				mutants.add(replace(className, source, matcher.start(), matcher.end(), flipped,
					"replace " + matcher.group() + " with " + flipped));
			}
		}
	}

	private static void strings(String className, String source, String code, int body, List<Mutant> mutants) {
		Matcher matcher = STRING.matcher(source);
		while (matcher.find()) {
			if (matcher.start() > body && code.charAt(matcher.start()) == '"') {
				String changed = "\"" + matcher.group(1) + "#\"";
				mutants.add(replace(className, source, matcher.start(), matcher.end(), changed,
					"change string " + matcher.group() + " to " + changed));
			}
		}
	}

	/** {@code if (c)} becomes {@code if (!(c))}. */
	private static void conditions(String className, String source, String code, int body, List<Mutant> mutants) {
		Matcher matcher = CONDITION.matcher(code);
		while (matcher.find()) {
			if (matcher.start() < body) {
				continue;
			}
			int open = matcher.end() - 1;
			int close = closing(code, open);
			String condition = source.substring(open + 1, close);
			mutants.add(replace(className, source, open, close + 1, "(!(" + condition + "))",
				"negate the condition (" + condition + ")"));
		}
	}

	private static Mutant replace(String className, String source, int start, int end, String replacement,
			String what) {
		int line = 1 + (int) source.substring(0, start).chars().filter(c -> c == '\n').count();
		return new Mutant(className.substring(className.lastIndexOf('.') + 1) + ":" + line + " " + what, className,
			source.substring(0, start) + replacement + source.substring(end));
	}

	private static int closing(String code, int open) {
		int depth = 0;
		for (int i = open; i < code.length(); i++) {
			depth += code.charAt(i) == '(' ? 1 : code.charAt(i) == ')' ? -1 : 0;
			if (depth == 0) {
				return i;
			}
		}
		throw new IllegalArgumentException("unbalanced parentheses at " + open);
	}

	/** The source with string and character literals and comments replaced by blanks of the same length. */
	static String mask(String source) {
		StringBuilder code = new StringBuilder(source);
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			int end = i + 1;
			if (c == '"' || c == '\'') {
				while (end < source.length() && source.charAt(end) != c) {
					end += source.charAt(end) == '\\' ? 2 : 1;
				}
				blank(code, i + 1, end);
				end++;
			}
			else if (source.startsWith("//", i)) {
				end = source.indexOf('\n', i);
				end = end < 0 ? source.length() : end;
				blank(code, i, end);
			}
			else if (source.startsWith("/*", i)) {
				end = source.indexOf("*/", i) + 2;
				blank(code, i, end);
			}
			i = end;
		}
		return code.toString();
	}

	private static void blank(StringBuilder code, int from, int to) {
		for (int i = from; i < to && i < code.length(); i++) {
			if (code.charAt(i) != '\n') {
				code.setCharAt(i, ' ');
			}
		}
	}
}
