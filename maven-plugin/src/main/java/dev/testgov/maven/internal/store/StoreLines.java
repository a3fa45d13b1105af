package dev.testgov.maven.internal.store;

import dev.testgov.maven.internal.store.LoadResult.Reason;

/** Checks the frame of a store file — header, end line, checksum — before any line is parsed. */
final class StoreLines {

	private static final int EXCERPT = 40;

	private StoreLines() {
	}

	/**
	 * The lines of an intact store of this version, the end line last.
	 *
	 * @throws StoreFormatException naming the {@link Reason}: foreign, older, newer, truncated or checksum
	 */
	static String[] check(String text) throws StoreFormatException {
		if (text.isEmpty()) {
			throw new StoreFormatException(Reason.TRUNCATED, "the file is empty");
		}
		int firstBreak = text.indexOf('\n');
		header(firstBreak < 0 ? text : text.substring(0, firstBreak));
		if (!text.endsWith("\n")) {
			throw new StoreFormatException(Reason.TRUNCATED, "the last line is incomplete");
		}
		int endLine = text.lastIndexOf('\n', text.length() - 2) + 1;
		String[] end = text.substring(endLine, text.length() - 1).split("\t", -1);
		if (!end[0].equals(StoreFormat.END) || end.length != 3) {
			throw new StoreFormatException(Reason.TRUNCATED, "it has no end line");
		}
		if (!StoreFormat.checksum(text.substring(0, endLine)).equals(end[2])) {
			throw new StoreFormatException(Reason.CHECKSUM, "its checksum does not match its content");
		}
		return text.substring(0, text.length() - 1).split("\n", -1);
	}

	/** The number of tests the end line announces. */
	static int testCount(String[] lines) throws StoreFormatException {
		try {
			return StoreParser.index(lines[lines.length - 1].split("\t")[1]);
		}
		catch (RuntimeException e) {
			throw new StoreFormatException(Reason.CORRUPT, "the end line does not count the tests");
		}
	}

	private static void header(String line) throws StoreFormatException {
		if (!line.startsWith(StoreFormat.NAME + " ")) {
			String excerpt = line.length() > EXCERPT ? line.substring(0, EXCERPT) + "..." : line;
			throw new StoreFormatException(Reason.FOREIGN, excerpt.replaceAll("\\p{Cntrl}", "?"));
		}
		String version = line.substring(StoreFormat.NAME.length() + 1);
		int number;
		try {
			number = Integer.parseInt(version);
		}
		catch (NumberFormatException e) {
			throw new StoreFormatException(Reason.CORRUPT, "the header names no format version: [" + version + "]");
		}
		if (number < StoreFormat.VERSION) {
			throw new StoreFormatException(Reason.OLDER, String.valueOf(number));
		}
		if (number > StoreFormat.VERSION) {
			throw new StoreFormatException(Reason.NEWER, String.valueOf(number));
		}
	}
}
