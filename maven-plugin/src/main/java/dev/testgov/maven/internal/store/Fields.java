package dev.testgov.maven.internal.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated fields of a store line. Values may hold anything (a Kotlin test name has spaces, a custom
 * engine's id could hold a tab), so backslash, tab, line feed and carriage return are escaped.
 */
final class Fields {

	private Fields() {
	}

	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case '\t' -> escaped.append("\\t");
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** Splits a line into unescaped fields. */
	static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\t') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\\') {
				if (++i == line.length()) {
					throw new IllegalArgumentException("a line ends in an unfinished escape");
				}
				field.append(unescape(line.charAt(i)));
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	private static char unescape(char c) {
		return switch (c) {
			case '\\' -> '\\';
			case 't' -> '\t';
			case 'n' -> '\n';
			case 'r' -> '\r';
			default -> throw new IllegalArgumentException("unknown escape \\" + c);
		};
	}
}
