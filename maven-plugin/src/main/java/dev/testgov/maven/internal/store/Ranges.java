package dev.testgov.maven.internal.store;

import java.util.SortedSet;
import java.util.TreeSet;

/** Sets of small non-negative numbers written as ranges: {@code 0-3,7,9-10}. */
final class Ranges {

	private Ranges() {
	}

	static String encode(SortedSet<Integer> numbers) {
		StringBuilder text = new StringBuilder();
		Integer start = null;
		Integer previous = null;
		for (int number : numbers) {
			if (previous != null && number == previous + 1) {
				previous = number;
				continue;
			}
			append(text, start, previous);
			start = number;
			previous = number;
		}
		append(text, start, previous);
		return text.toString();
	}

	private static void append(StringBuilder text, Integer start, Integer end) {
		if (start == null) {
			return;
		}
		if (text.length() > 0) {
			text.append(',');
		}
		text.append(start);
		if (end > start) {
			text.append('-').append(end);
		}
	}

	/** @throws IllegalArgumentException if the text is not a list of ascending ranges */
	static SortedSet<Integer> decode(String text) {
		SortedSet<Integer> numbers = new TreeSet<>();
		int last = -1;
		for (String range : text.split(",", -1)) {
			int dash = range.indexOf('-');
			int start = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
			int end = dash < 0 ? start : Integer.parseInt(range.substring(dash + 1));
			if (start <= last || end < start) {
				throw new IllegalArgumentException("ranges out of order: " + text);
			}
			for (int number = start; number <= end; number++) {
				numbers.add(number);
			}
			last = end;
		}
		return numbers;
	}
}
