package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import dev.testgov.junit.internal.record.RawEntries.Coverage;
import dev.testgov.junit.internal.record.RawEntries.Entry;
import dev.testgov.junit.internal.record.RawEntries.FileRead;
import dev.testgov.junit.internal.record.RawEntries.Mode;
import dev.testgov.junit.internal.record.RawEntries.Outcome;
import dev.testgov.junit.internal.record.RawEntries.Scope;

/** One raw file read back with the format's own reader, and the questions the recording tests ask of it. */
final class RawRecording {

	private final Path file;
	private final RawRecords.Contents contents;
	private final List<Entry> entries = new ArrayList<>();

	private RawRecording(Path file) throws IOException {
		this.file = file;
		this.contents = RawRecords.read(file);
		for (RawRecords.Record record : contents.records()) {
			entries.add(RawEntries.decode(record));
		}
	}

	/** The raw files in {@code directory}, by name. */
	static List<RawRecording> all(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			List<RawRecording> recordings = new ArrayList<>();
			for (Path file : files.sorted().collect(Collectors.toList())) {
				recordings.add(new RawRecording(file));
			}
			return recordings;
		}
	}

	/** The one raw file in {@code directory}. */
	static RawRecording only(Path directory) throws IOException {
		List<RawRecording> recordings = all(directory);
		assertThat(recordings).hasSize(1);
		return recordings.get(0);
	}

	Path file() {
		return file;
	}

	RawRecords.Contents contents() {
		return contents;
	}

	List<Entry> entries() {
		return entries;
	}

	<T extends Entry> List<T> entries(Class<T> type) {
		return entries.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
	}

	/** The one scope whose id ends with {@code suffix}. */
	Scope scope(String suffix) {
		List<Scope> matching = entries(Scope.class).stream().filter(scope -> scope.id().endsWith(suffix))
			.collect(Collectors.toList());
		assertThat(matching).as("scopes ending with %s", suffix).hasSize(1);
		return matching.get(0);
	}

	List<Scope> scopesUnder(String parentId) {
		return entries(Scope.class).stream().filter(scope -> scope.parentId().equals(parentId))
			.collect(Collectors.toList());
	}

	/** The ids from {@code id}'s parent up to the root, nearest first. */
	List<String> ancestors(String id) {
		Map<String, String> parents = entries(Scope.class).stream()
			.collect(Collectors.toMap(Scope::id, Scope::parentId, (first, second) -> first));
		List<String> ancestors = new ArrayList<>();
		for (String at = parents.get(id); at != null && !at.isEmpty(); at = parents.get(at)) {
			ancestors.add(at);
		}
		return ancestors;
	}

	/** Every class a scope executed, its probes merged over the scope's coverage records. */
	Map<String, ClassProbes> coverage(String scopeId) {
		Map<String, ClassProbes> merged = new LinkedHashMap<>();
		for (Coverage coverage : entries(Coverage.class)) {
			if (coverage.scopeId().equals(scopeId)) {
				coverage.classes().forEach(probes -> merged.merge(probes.className(), probes, RawRecording::union));
			}
		}
		return merged;
	}

	Optional<ClassProbes> coverage(String scopeId, Class<?> type) {
		return Optional.ofNullable(coverage(scopeId).get(type.getName().replace('.', '/')));
	}

	List<FileRead> reads(String scopeId) {
		return entries(FileRead.class).stream().filter(read -> read.scopeId().equals(scopeId))
			.collect(Collectors.toList());
	}

	List<Mode> modes() {
		return entries(Mode.class);
	}

	Outcome outcome(String id) {
		return entries(Outcome.class).stream().filter(outcome -> outcome.id().equals(id)).findFirst()
			.orElseThrow(() -> new AssertionError("no outcome for " + id));
	}

	private static ClassProbes union(ClassProbes first, ClassProbes second) {
		byte[] probes = first.probes().clone();
		for (int i = 0; i < probes.length; i++) {
			probes[i] |= second.probes()[i];
		}
		return new ClassProbes(first.classId(), first.className(), first.probeCount(), probes);
	}
}
