package dev.testgov.junit.internal.categories;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One {@code glob=category[,category]} rule, matched against a top-level class's fully qualified name.
 *
 * <p>In a glob, {@code *} matches within one name segment, {@code **} across segments, and a leading
 * {@code **.} or an inner {@code .**.} also matches no segment at all: {@code **.unit.**} matches both
 * {@code unit.MathTest} and {@code com.acme.unit.MathTest}.
 */
final class CategoryPattern {

	static final Pattern CATEGORY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
	private static final Pattern GLOB = Pattern.compile("[A-Za-z0-9_$.*]+");
	private static final String EXAMPLE = "e.g. **.api.**=integration or **.*SmokeTest=smoke,slow";

	private final String glob;
	private final Pattern regex;
	private final Set<String> categories;

	private CategoryPattern(String glob, Set<String> categories) {
		this.glob = glob;
		this.regex = Pattern.compile(toRegex(glob));
		this.categories = Collections.unmodifiableSet(categories);
	}

	/** Parses one entry of {@code testgov.categoryPatterns}; {@code source} names where it came from. */
	static CategoryPattern parse(String entry, String source) {
		int equals = entry.indexOf('=');
		if (equals < 0) {
			throw invalid(source, entry, "is not glob=category[,category]");
		}
		String glob = entry.substring(0, equals).trim();
		if (!GLOB.matcher(glob).matches()) {
			throw invalid(source, entry, "has an invalid glob [" + glob + "]; use letters, digits, '.', '$', '_', * and **");
		}
		Set<String> categories = new LinkedHashSet<>();
		for (String name : entry.substring(equals + 1).split(",", -1)) {
			String category = name.trim();
			if (!CATEGORY_NAME.matcher(category).matches() || category.equals(CategoryRules.UNCATEGORISED)) {
				throw invalid(source, entry, "has an invalid category name [" + category
						+ "]; use letters, digits, '_' or '-', and not " + CategoryRules.UNCATEGORISED);
			}
			categories.add(category);
		}
		return new CategoryPattern(glob, categories);
	}

	private static IllegalArgumentException invalid(String source, String entry, String problem) {
		return new IllegalArgumentException(
			String.format("%s entry [%s] %s; %s", source, entry.trim(), problem, EXAMPLE));
	}

	private static String toRegex(String glob) {
		String marked = glob.replace(".**.", "\u0001").replace("**.", "\u0002").replace("**", "\u0003");
		StringBuilder regex = new StringBuilder();
		for (char c : marked.toCharArray()) {
			regex.append(translate(c, regex.length() == 0));
		}
		return regex.toString();
	}

	private static String translate(char c, boolean atStart) {
		switch (c) {
			case '\u0001':
				return "\\.(?:.*\\.)?";
			case '\u0002':
				return atStart ? "(?:.*\\.)?" : ".*\\.";
			case '\u0003':
				return ".*";
			case '*':
				return "[^.]*";
			default:
				return Pattern.quote(String.valueOf(c));
		}
	}

	boolean matches(String className) {
		return regex.matcher(className).matches();
	}

	Set<String> categories() {
		return categories;
	}

	@Override
	public String toString() {
		return glob + "=" + String.join(",", categories);
	}

	/** Every category name the patterns define, in order. */
	static Set<String> namesIn(Iterable<CategoryPattern> patterns) {
		Set<String> names = new LinkedHashSet<>();
		patterns.forEach(pattern -> names.addAll(pattern.categories));
		return names;
	}

	/** Splits a {@code ;}-separated list of entries, ignoring blank ones (a trailing {@code ;} is fine). */
	static String[] entries(String patterns) {
		return Arrays.stream(patterns.split(";")).filter(entry -> !entry.isBlank()).toArray(String[]::new);
	}
}
