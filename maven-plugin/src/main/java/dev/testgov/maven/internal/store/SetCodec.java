package dev.testgov.maven.internal.store;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Decodes a {@code set} line into {@link Dependencies}, resolving indices into the class and file tables. */
final class SetCodec {

	private SetCodec() {
	}

	static Dependencies decode(List<String> fields, List<ClassRecord> classes, List<List<String>> methodKeys,
			List<FileKey> files) {
		SortedMap<String, MethodSet> used = new TreeMap<>();
		SortedSet<FileKey> read = new TreeSet<>();
		boolean external = false;
		for (String field : fields.subList(1, fields.size())) {
			if (field.equals(StoreFormat.EXTERNAL)) {
				external = true;
			}
			else if (field.startsWith(StoreFormat.FILES + ":")) {
				Ranges.decode(field.substring(2)).forEach(index -> read.add(files.get(index)));
			}
			else {
				int colon = field.indexOf(':');
				int index = StoreParser.index(field.substring(0, colon));
				used.put(classes.get(index).name(), methods(field.substring(colon + 1), methodKeys.get(index)));
			}
		}
		if (used.isEmpty() && read.isEmpty() && !external) {
			throw new IllegalArgumentException("an empty set");
		}
		return new Dependencies(used, read, external);
	}

	private static MethodSet methods(String text, List<String> keys) {
		if (text.equals(StoreFormat.ALL_METHODS)) {
			return MethodSet.ALL;
		}
		SortedSet<String> methods = new TreeSet<>();
		Ranges.decode(text).forEach(index -> methods.add(keys.get(index)));
		return MethodSet.of(methods);
	}
}
