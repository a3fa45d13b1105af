package dev.testgov.maven.internal.report;

/** Escaping for text and attribute values in HTML and inline SVG. */
final class Html {

	private Html() {
	}

	static String escape(Object value) {
		String text = String.valueOf(value);
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<':
					out.append("&lt;");
					break;
				case '>':
					out.append("&gt;");
					break;
				case '&':
					out.append("&amp;");
					break;
				case '"':
					out.append("&quot;");
					break;
				case '\'':
					out.append("&#39;");
					break;
				default:
					out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * A label no longer than {@code max} characters: a class name (its last segment capitalised) loses its
	 * package first, then the label is cut at the front, where names repeat.
	 */
	static String shorten(String label, int max) {
		if (label.length() <= max) {
			return label;
		}
		int end = label.indexOf('#') < 0 ? label.length() : label.indexOf('#');
		int dot = label.lastIndexOf('.', end);
		boolean className = dot >= 0 && dot + 1 < end && Character.isUpperCase(label.charAt(dot + 1));
		String shorter = className ? label.substring(dot + 1) : label;
		return shorter.length() <= max ? shorter : "\u2026" + shorter.substring(shorter.length() - max + 1);
	}

	/** A sentence no longer than {@code max} characters, cut at the end. */
	static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
	}
}
