package dev.testgov.junit.internal.report;

import java.util.Collection;
import java.util.Map;

/**
 * A minimal JSON writer for testgov's own output files: objects, arrays, strings, numbers and booleans,
 * written in insertion order, two-space indented. The extension must not bring a JSON library onto the
 * user's test classpath; the plugin writes {@code selection.json} with it too, since starting Jackson costs a
 * quarter of a second in a cold Maven JVM, on every {@code testgov:affected}.
 */
public final class Json {

	private Json() {
	}

	/** The value as JSON: a {@link java.util.Map} is an object, a {@link java.util.Collection} an array. */
	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, 0);
		return out.append('\n').toString();
	}

	private static void write(Object value, StringBuilder out, int depth) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Map) {
			writeObject((Map<?, ?>) value, out, depth);
		}
		else if (value instanceof Collection) {
			writeArray((Collection<?>) value, out, depth);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else {
			quote(value.toString(), out);
		}
	}

	private static void writeObject(Map<?, ?> map, StringBuilder out, int depth) {
		if (map.isEmpty()) {
			out.append("{}");
			return;
		}
		out.append('{');
		String separator = "\n";
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			out.append(separator);
			indent(out, depth + 1);
			quote(entry.getKey().toString(), out);
			out.append(": ");
			write(entry.getValue(), out, depth + 1);
			separator = ",\n";
		}
		out.append('\n');
		indent(out, depth);
		out.append('}');
	}

	private static void writeArray(Collection<?> values, StringBuilder out, int depth) {
		if (values.isEmpty()) {
			out.append("[]");
			return;
		}
		boolean scalars = values.stream().noneMatch(value -> value instanceof Map || value instanceof Collection);
		out.append('[');
		String separator = scalars ? "" : "\n";
		for (Object value : values) {
			out.append(separator);
			if (!scalars) {
				indent(out, depth + 1);
			}
			write(value, out, depth + 1);
			separator = scalars ? ", " : ",\n";
		}
		if (!scalars) {
			out.append('\n');
			indent(out, depth);
		}
		out.append(']');
	}

	private static void indent(StringBuilder out, int depth) {
		out.append("  ".repeat(depth));
	}

	static void quote(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"':
					out.append("\\\"");
					break;
				case '\\':
					out.append("\\\\");
					break;
				case '\n':
					out.append("\\n");
					break;
				case '\r':
					out.append("\\r");
					break;
				case '\t':
					out.append("\\t");
					break;
				default:
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
			}
		}
		out.append('"');
	}
}
