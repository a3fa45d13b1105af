package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the benchmark's own files: maps keep insertion order so that the same seed writes the
 * same bytes, and the parser reads back what {@link #write} produced (and any other well-formed JSON).
 */
final class Json {

	private Json() {
	}

	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, "");
		return out.append('\n').toString();
	}

	private static void write(Object value, StringBuilder out, String indent) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String s) {
			quote(s, out);
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else if (value instanceof Map<?, ?> map) {
			writeMap(map, out, indent);
		} else if (value instanceof Iterable<?> list) {
			writeList(list, out, indent);
		} else {
			throw new IllegalArgumentException("not JSON: " + value.getClass());
		}
	}

	private static void writeMap(Map<?, ?> map, StringBuilder out, String indent) {
		if (map.isEmpty()) {
			out.append("{}");
			return;
		}
		String inner = indent + "  ";
		out.append("{\n");
		int i = 0;
		for (Map.Entry<?, ?> e : map.entrySet()) {
			out.append(inner);
			quote(e.getKey().toString(), out);
			out.append(": ");
			write(e.getValue(), out, inner);
			out.append(++i < map.size() ? ",\n" : "\n");
		}
		out.append(indent).append('}');
	}

	/** Lists of scalars stay on one line: the model's test index lists would otherwise run to a line per number. */
	private static void writeList(Iterable<?> list, StringBuilder out, String indent) {
		List<Object> items = new ArrayList<>();
		list.forEach(items::add);
		boolean flat = items.stream().allMatch(o -> o instanceof Number || o instanceof Boolean);
		if (items.isEmpty() || flat) {
			out.append('[');
			for (int i = 0; i < items.size(); i++) {
				out.append(i > 0 ? ", " : "").append(items.get(i));
			}
			out.append(']');
			return;
		}
		String inner = indent + "  ";
		out.append("[\n");
		for (int i = 0; i < items.size(); i++) {
			out.append(inner);
			write(items.get(i), out, inner);
			out.append(i + 1 < items.size() ? ",\n" : "\n");
		}
		out.append(indent).append(']');
	}

	private static void quote(String s, StringBuilder out) {
		out.append('"');
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	static Object parse(String text) {
		Parser p = new Parser(text);
		Object value = p.value();
		p.skipSpace();
		if (p.pos != text.length()) {
			throw p.error("trailing characters");
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object o) {
		return (Map<String, Object>) o;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object o) {
		return (List<Object>) o;
	}

	private static final class Parser {
		private final String s;
		private int pos;

		Parser(String s) {
			this.s = s;
		}

		Object value() {
			skipSpace();
			char c = s.charAt(pos);
			return switch (c) {
				case '{' -> object();
				case '[' -> array();
				case '"' -> string();
				case 't' -> literal("true", Boolean.TRUE);
				case 'f' -> literal("false", Boolean.FALSE);
				case 'n' -> literal("null", null);
				default -> number();
			};
		}

		private Map<String, Object> object() {
			Map<String, Object> map = new LinkedHashMap<>();
			pos++;
			skipSpace();
			if (s.charAt(pos) == '}') {
				pos++;
				return map;
			}
			while (true) {
				skipSpace();
				String key = string();
				skipSpace();
				expect(':');
				map.put(key, value());
				skipSpace();
				if (s.charAt(pos) == '}') {
					pos++;
					return map;
				}
				expect(',');
			}
		}

		private List<Object> array() {
			List<Object> list = new ArrayList<>();
			pos++;
			skipSpace();
			if (s.charAt(pos) == ']') {
				pos++;
				return list;
			}
			while (true) {
				list.add(value());
				skipSpace();
				if (s.charAt(pos) == ']') {
					pos++;
					return list;
				}
				expect(',');
			}
		}

		private String string() {
			expect('"');
			StringBuilder out = new StringBuilder();
			while (true) {
				char c = s.charAt(pos++);
				if (c == '"') {
					return out.toString();
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				char e = s.charAt(pos++);
				switch (e) {
					case 'n' -> out.append('\n');
					case 'r' -> out.append('\r');
					case 't' -> out.append('\t');
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'u' -> {
						out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
						pos += 4;
					}
					default -> out.append(e);
				}
			}
		}

		private Object number() {
			int start = pos;
			while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
				pos++;
			}
			String n = s.substring(start, pos);
			if (n.isEmpty()) {
				throw error("unexpected character");
			}
			if (n.contains(".") || n.contains("e") || n.contains("E")) {
				return Double.parseDouble(n);
			}
			return Long.parseLong(n);
		}

		private Object literal(String word, Object value) {
			if (!s.startsWith(word, pos)) {
				throw error("expected " + word);
			}
			pos += word.length();
			return value;
		}

		private void expect(char c) {
			if (s.charAt(pos) != c) {
				throw error("expected '" + c + "'");
			}
			pos++;
		}

		void skipSpace() {
			while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
				pos++;
			}
		}

		IllegalArgumentException error(String what) {
			return new IllegalArgumentException("JSON: " + what + " at offset " + pos);
		}
	}
}
