package dev.testgov.benchmark;

/** The result types of generated production methods, and how each is folded into an int by a caller. */
enum ValueType {
	INT("int"), LONG("long"), STRING("String"), LIST("List<Integer>");

	final String java;

	ValueType(String java) {
		this.java = java;
	}

	/**
	 * An int-valued expression over a call's result. The folds are sensitive to every change the breaking
	 * edits make (a different int, an extra character, an extra element), so a broken callee shows in its callers.
	 */
	String fold(String call, int variant) {
		return switch (this) {
			case INT -> call;
			case LONG -> "(int) (" + call + " % 1009)";
			case STRING -> variant % 2 == 0 ? call + ".length()" : call + ".hashCode()";
			case LIST -> variant % 2 == 0 ? call + ".size()" : call + ".hashCode()";
		};
	}

	/** A Java literal for a value this type's method returned. */
	static String literal(Object value) {
		if (value instanceof Integer i) {
			return Integer.toString(i);
		}
		if (value instanceof Long l) {
			return l + "L";
		}
		if (value instanceof String s) {
			return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
		}
		if (value instanceof java.util.List<?> list) {
			StringBuilder out = new StringBuilder("List.of(");
			for (int i = 0; i < list.size(); i++) {
				out.append(i > 0 ? ", " : "").append(list.get(i));
			}
			return out.append(')').toString();
		}
		throw new IllegalArgumentException("no literal for " + value);
	}
}
