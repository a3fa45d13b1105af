package dev.testgov.maven.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.testgov.maven.internal.store.LoadResult.Reason;

/**
 * Reads the text {@link StoreFormat} writes. The header and the end line are checked first (foreign, other
 * version, truncated, checksum); then every line must parse and every index must point into its table.
 */
final class StoreParser {

	private static final List<String> ORDER = List.of(StoreFormat.CONFIGURATION, StoreFormat.DEPENDENCY,
		StoreFormat.ORIGIN, StoreFormat.CLASS, StoreFormat.FILE, StoreFormat.SET, StoreFormat.TEST);

	private final String text;
	private final SortedMap<String, String> configuration = new TreeMap<>();
	private final SortedMap<String, String> dependencies = new TreeMap<>();
	private final List<String> origins = new ArrayList<>();
	private final List<ClassRecord> classes = new ArrayList<>();
	private final List<List<String>> methodKeys = new ArrayList<>();
	private final List<FileKey> files = new ArrayList<>();
	private final SortedMap<FileKey, String> fileHashes = new TreeMap<>();
	private final List<Dependencies> sets = new ArrayList<>();
	private final SortedMap<String, TestRecord> tests = new TreeMap<>();
	private int lineNumber;

	StoreParser(String text) {
		this.text = text;
	}

	Store parse() throws StoreFormatException {
		String[] lines = StoreLines.check(text);
		int expectedTests = StoreLines.testCount(lines);
		int section = 0;
		for (lineNumber = 2; lineNumber < lines.length; lineNumber++) { // the last line is the end line
			String line = lines[lineNumber - 1];
			if (line.startsWith("#")) {
				continue;
			}
			List<String> fields;
			try {
				fields = Fields.split(line);
				int kind = ORDER.indexOf(fields.get(0));
				if (kind < section) {
					throw new IllegalArgumentException(kind < 0 ? "unknown record [" + fields.get(0) + "]"
							: "record [" + fields.get(0) + "] out of order");
				}
				section = kind;
				record(fields);
			}
			catch (RuntimeException e) {
				throw new StoreFormatException(Reason.CORRUPT, "line " + lineNumber + ": " + e.getMessage());
			}
		}
		if (tests.size() != expectedTests) {
			throw new StoreFormatException(Reason.CORRUPT, "the end line counts " + expectedTests + " tests, but "
					+ tests.size() + " are listed");
		}
		SortedMap<String, ClassRecord> classMap = new TreeMap<>();
		classes.forEach(record -> classMap.put(record.name(), record));
		return new Store(new BuildInputs(dependencies, configuration), tests, classMap, fileHashes);
	}

	private void record(List<String> fields) {
		switch (fields.get(0)) {
			case StoreFormat.CONFIGURATION -> unique(configuration.put(field(fields, 1), field(fields, 2)), fields);
			case StoreFormat.DEPENDENCY -> unique(dependencies.put(field(fields, 1), field(fields, 2)), fields);
			case StoreFormat.ORIGIN -> origins.add(field(fields, 1));
			case StoreFormat.CLASS -> classRecord(fields);
			case StoreFormat.FILE -> file(fields);
			case StoreFormat.SET -> sets.add(SetCodec.decode(fields, classes, methodKeys, files));
			default -> test(fields);
		}
	}

	private void classRecord(List<String> fields) {
		if (fields.size() < 5 || fields.size() % 2 == 0) {
			throw new IllegalArgumentException("a class line has " + fields.size() + " fields");
		}
		String origin = fields.get(2).equals(ClassRecord.UNRESOLVED) ? ClassRecord.UNRESOLVED : origins.get(index(fields.get(2)));
		SortedMap<String, String> methods = new TreeMap<>();
		List<String> keys = new ArrayList<>();
		for (int i = 5; i < fields.size(); i += 2) {
			unique(methods.put(fields.get(i), fields.get(i + 1)), fields);
			keys.add(fields.get(i));
		}
		if (!new ArrayList<>(methods.keySet()).equals(keys)) {
			throw new IllegalArgumentException("the methods of " + fields.get(1) + " are not sorted");
		}
		if (!classes.isEmpty() && classes.get(classes.size() - 1).name().compareTo(fields.get(1)) >= 0) {
			throw new IllegalArgumentException("class " + fields.get(1) + " is out of order");
		}
		classes.add(new ClassRecord(fields.get(1), origin, fields.get(3), fields.get(4), methods));
		methodKeys.add(keys);
	}

	private void file(List<String> fields) {
		String origin = fields.get(1).equals(StoreFormat.NO_ORIGIN) ? "" : origins.get(index(fields.get(1)));
		FileKey key = new FileKey(origin, field(fields, 2));
		unique(fileHashes.put(key, field(fields, 3)), fields);
		files.add(key);
	}

	private void test(List<String> fields) {
		if (fields.size() != 9) {
			throw new IllegalArgumentException("a test line has " + fields.size() + " fields");
		}
		String uniqueId = fields.get(1);
		List<Dependencies> parts = new ArrayList<>();
		if (!fields.get(8).equals(StoreFormat.NO_SETS)) {
			for (String index : fields.get(8).split(",", -1)) {
				parts.add(sets.get(index(index)));
			}
		}
		TestRecord test = new TestRecord(uniqueId, fields.get(2), fields.get(3), node(uniqueId, fields.get(4)),
			fields.get(5), Long.parseLong(fields.get(6)), Attribution.parse(fields.get(7)), parts);
		unique(tests.put(uniqueId, test), fields);
	}

	private static String node(String uniqueId, String field) {
		if (field.startsWith(StoreFormat.LITERAL_NODE)) {
			return field.substring(1);
		}
		List<String> segments = UniqueIds.segments(uniqueId);
		int count = index(field);
		if (count < 1 || count > segments.size()) {
			throw new IllegalArgumentException("selection node " + field + " is not a part of " + uniqueId);
		}
		return String.join("/", segments.subList(0, count));
	}

	static int index(String field) {
		int index = Integer.parseInt(field);
		if (index < 0) {
			throw new IllegalArgumentException("negative index " + field);
		}
		return index;
	}

	private static String field(List<String> fields, int index) {
		if (index >= fields.size()) {
			throw new IllegalArgumentException("[" + fields.get(0) + "] needs " + (index + 1) + " fields");
		}
		return fields.get(index);
	}

	private static void unique(Object previous, List<String> fields) {
		if (previous != null) {
			throw new IllegalArgumentException("duplicate " + fields.get(0) + " [" + fields.get(1) + "]");
		}
	}
}
