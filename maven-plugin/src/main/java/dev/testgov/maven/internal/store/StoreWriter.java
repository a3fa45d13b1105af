package dev.testgov.maven.internal.store;

import static dev.testgov.maven.internal.store.Fields.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the lines of a store before the end line: tables first, each sorted, so that every index is
 * determined by the content alone. Only classes, files and origins some test refers to are written.
 */
final class StoreWriter {

	private final Store store;
	private final StringBuilder out = new StringBuilder();
	private final Map<String, Integer> origins = new HashMap<>();
	private final Map<String, Integer> classes = new HashMap<>();
	private final Map<FileKey, Integer> files = new HashMap<>();
	private final Map<Dependencies, String> encodings = new IdentityHashMap<>();
	private final Map<String, Integer> sets = new HashMap<>();
	private final Map<String, Map<String, Integer>> methodIndices = new HashMap<>();

	StoreWriter(Store store) {
		this.store = store;
	}

	String body() {
		line(StoreFormat.HEADER);
		line(StoreFormat.COMMENT);
		store.inputs().configuration().forEach((key, hash) -> line(StoreFormat.CONFIGURATION, key, hash));
		store.inputs().dependencies().forEach((coordinates, hash) -> line(StoreFormat.DEPENDENCY, coordinates, hash));
		TreeSet<String> classNames = new TreeSet<>();
		TreeSet<FileKey> fileKeys = new TreeSet<>();
		for (TestRecord test : store.tests().values()) {
			for (Dependencies part : test.parts()) {
				classNames.addAll(part.classes().keySet());
				fileKeys.addAll(part.files());
			}
		}
		writeOrigins(classNames, fileKeys);
		classNames.forEach(this::writeClass);
		fileKeys.forEach(this::writeFile);
		writeSets();
		store.tests().values().forEach(this::writeTest);
		return out.toString();
	}

	private void writeOrigins(SortedSet<String> classNames, SortedSet<FileKey> fileKeys) {
		TreeSet<String> names = new TreeSet<>();
		classNames.stream().map(this::record).filter(ClassRecord::resolved).forEach(record -> names.add(record.origin()));
		fileKeys.stream().filter(key -> !key.inReactor()).forEach(key -> names.add(key.origin()));
		for (String name : names) {
			origins.put(name, origins.size());
			line(StoreFormat.ORIGIN, name);
		}
	}

	private void writeClass(String name) {
		ClassRecord record = record(name);
		classes.put(name, classes.size());
		List<String> fields = new ArrayList<>(List.of(StoreFormat.CLASS, name,
			record.resolved() ? String.valueOf(origins.get(record.origin())) : ClassRecord.UNRESOLVED, record.whole(),
			record.structure()));
		record.methods().forEach((key, fingerprint) -> {
			fields.add(key);
			fields.add(fingerprint);
		});
		line(fields.toArray(String[]::new));
	}

	private void writeFile(FileKey key) {
		String hash = store.files().get(key);
		if (hash == null) {
			throw new IllegalStateException("a test refers to file " + key + ", which the store does not hash");
		}
		files.put(key, files.size());
		line(StoreFormat.FILE, key.inReactor() ? StoreFormat.NO_ORIGIN : String.valueOf(origins.get(key.origin())),
			key.path(), hash);
	}

	private void writeSets() {
		TreeSet<String> distinct = new TreeSet<>();
		for (TestRecord test : store.tests().values()) {
			for (Dependencies part : test.parts()) {
				distinct.add(encodings.computeIfAbsent(part, this::encode));
			}
		}
		for (String encoding : distinct) {
			sets.put(encoding, sets.size());
			out.append(StoreFormat.SET).append('\t').append(encoding).append('\n');
		}
	}

	private String encode(Dependencies part) {
		StringJoiner fields = new StringJoiner("\t");
		TreeMap<Integer, String> byIndex = new TreeMap<>();
		part.classes().forEach((name, methods) -> byIndex.put(classes.get(name), methods(record(name), methods)));
		byIndex.forEach((index, methods) -> fields.add(index + ":" + methods));
		if (!part.files().isEmpty()) {
			TreeSet<Integer> indices = new TreeSet<>();
			part.files().forEach(key -> indices.add(files.get(key)));
			fields.add(StoreFormat.FILES + ":" + Ranges.encode(indices));
		}
		if (part.external()) {
			fields.add(StoreFormat.EXTERNAL);
		}
		return fields.toString();
	}

	private String methods(ClassRecord record, MethodSet methods) {
		if (methods.all()) {
			return StoreFormat.ALL_METHODS;
		}
		Map<String, Integer> numbers = methodIndices.computeIfAbsent(record.name(), name -> {
			Map<String, Integer> byKey = new HashMap<>();
			record.methods().keySet().forEach(key -> byKey.put(key, byKey.size()));
			return byKey;
		});
		TreeSet<Integer> indices = new TreeSet<>();
		for (String key : methods.keys()) {
			Integer index = numbers.get(key);
			if (index == null) {
				throw new IllegalStateException("a test refers to method " + key + " of " + record.name()
						+ ", which the store does not fingerprint");
			}
			indices.add(index);
		}
		return Ranges.encode(indices);
	}

	private void writeTest(TestRecord test) {
		TreeSet<Integer> indices = new TreeSet<>();
		test.parts().forEach(part -> indices.add(sets.get(encodings.get(part))));
		StringJoiner setList = new StringJoiner(",");
		indices.forEach(index -> setList.add(String.valueOf(index)));
		line(StoreFormat.TEST, test.uniqueId(), test.className(), test.methodName(), node(test), test.status(),
			String.valueOf(test.durationMillis()), test.attribution().text(),
			indices.isEmpty() ? StoreFormat.NO_SETS : setList.toString());
	}

	private static String node(TestRecord test) {
		List<String> segments = UniqueIds.segments(test.uniqueId());
		for (int count = 1; count <= segments.size(); count++) {
			if (String.join("/", segments.subList(0, count)).equals(test.selectionNode())) {
				return String.valueOf(count);
			}
		}
		return StoreFormat.LITERAL_NODE + test.selectionNode();
	}

	private ClassRecord record(String name) {
		ClassRecord record = store.classes().get(name);
		if (record == null) {
			throw new IllegalStateException("a test refers to class " + name + ", which the store does not fingerprint");
		}
		return record;
	}

	private void line(String... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			out.append(escape(fields[i]));
		}
		out.append('\n');
	}
}
