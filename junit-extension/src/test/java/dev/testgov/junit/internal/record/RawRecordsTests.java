package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import dev.testgov.junit.internal.record.RawEntries.Coverage;
import dev.testgov.junit.internal.record.RawEntries.End;
import dev.testgov.junit.internal.record.RawEntries.Entry;
import dev.testgov.junit.internal.record.RawEntries.FileRead;
import dev.testgov.junit.internal.record.RawEntries.Mode;
import dev.testgov.junit.internal.record.RawEntries.Outcome;
import dev.testgov.junit.internal.record.RawEntries.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawRecordsTests {

	private static final String TEST = "[engine:junit-jupiter]/[class:com.acme.FooTests]/[method:adds()]";
	private static final String CLASS = "[engine:junit-jupiter]/[class:com.acme.FooTests]";

	@TempDir
	Path directory;

	@Test
	void everyEntryRoundTrips() throws IOException {
		Path file = directory.resolve("raw-1-1" + RawRecords.SUFFIX);
		List<Entry> written = List.of(new Scope(CLASS, "[engine:junit-jupiter]", false, "com.acme.FooTests", ""),
			new Scope(TEST, CLASS, true, "com.acme.FooTests", "adds"),
			new Coverage(TEST, List.of(new ClassProbes(42L, "com/acme/Foo", 10, new byte[] { 0b101, 0b10 }))),
			new FileRead(TEST, "file", "/work/project/src/test/resources/data.json"),
			new Outcome(TEST, "PASSED", 12), new Mode("fork", "tests ran concurrently"), new End());
		try (RawRecords.Writer writer = RawRecords.create(file)) {
			for (Entry entry : written) {
				entry.appendTo(writer);
			}
		}

		RawRecords.Contents contents = RawRecords.read(file);

		assertThat(contents.isComplete()).isTrue();
		assertThat(contents.isDamaged()).isFalse();
		List<Entry> read = decode(contents);
		assertThat(read).hasSize(written.size());
		assertThat(read.get(0)).isEqualTo(written.get(0));
		assertThat(read.get(4)).isEqualTo(written.get(4));
		ClassProbes probes = ((Coverage) read.get(2)).classes().get(0);
		assertThat(probes.classId()).isEqualTo(42L);
		assertThat(Arrays.asList(probes.hit(0), probes.hit(1), probes.hit(2), probes.hit(9))).containsExactly(true, false, true,
			true);
	}

	@Test
	void truncatedTailKeepsEveryCompleteRecord() throws IOException {
		Path file = directory.resolve("killed" + RawRecords.SUFFIX);
		try (RawRecords.Writer writer = RawRecords.create(file)) {
			new Scope(TEST, CLASS, true, "com.acme.FooTests", "adds").appendTo(writer);
			new Outcome(TEST, "PASSED", 3).appendTo(writer);
		}
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));

		RawRecords.Contents contents = RawRecords.read(file);

		assertThat(contents.records()).hasSize(1);
		assertThat(contents.isDamaged()).isTrue();
		assertThat(contents.isComplete()).isFalse();
		assertThat(contents.problem()).isEqualTo("record 1 is truncated");
	}

	@Test
	void corruptRecordStopsTheReader() throws IOException {
		Path file = directory.resolve("corrupt" + RawRecords.SUFFIX);
		try (RawRecords.Writer writer = RawRecords.create(file)) {
			new Outcome(TEST, "PASSED", 3).appendTo(writer);
			new Outcome(TEST, "FAILED", 4).appendTo(writer);
		}
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length - 6] ^= 0x7f;
		Files.write(file, bytes);

		RawRecords.Contents contents = RawRecords.read(file);

		assertThat(contents.records()).hasSize(1);
		assertThat(contents.problem()).isEqualTo("record 1 fails its checksum");
	}

	@Test
	void resourceReadKeepsTheNameAskedForAndAFileReadLeavesItEmpty() throws IOException {
		Path file = directory.resolve("reads" + RawRecords.SUFFIX);
		FileRead resource = new FileRead(TEST, "resource", "file:/work/project/target/test-classes/data.json", "data.json");
		FileRead plain = new FileRead(TEST, "file", "/work/project/data.csv");
		try (RawRecords.Writer writer = RawRecords.create(file)) {
			resource.appendTo(writer);
			plain.appendTo(writer);
		}

		List<Entry> read = decode(RawRecords.read(file));

		assertThat(read).containsExactly(resource, new FileRead(TEST, "file", "/work/project/data.csv", ""));
	}

	@Test
	void fileReadWrittenBeforeResourceNamesExistedStillReads() throws IOException {
		Path file = directory.resolve("older" + RawRecords.SUFFIX);
		try (RawRecords.Writer writer = RawRecords.create(file)) {
			writer.write(RawRecords.Kind.FILE, out -> {
				out.writeUTF(TEST);
				out.writeUTF("file");
				out.writeUTF("/work/project/data.csv");
			});
		}

		assertThat(decode(RawRecords.read(file))).containsExactly(new FileRead(TEST, "file", "/work/project/data.csv"));
	}

	@Test
	void anExistingFileIsNeverReplaced() throws IOException {
		Path file = Files.writeString(directory.resolve("taken" + RawRecords.SUFFIX), "another fork's");

		assertThatThrownBy(() -> RawRecords.create(file)).isInstanceOf(FileAlreadyExistsException.class);
		assertThat(Files.readString(file)).isEqualTo("another fork's");
	}

	@Test
	void foreignFileIsRecognised() throws IOException {
		Path file = Files.writeString(directory.resolve("other" + RawRecords.SUFFIX), "PK\u0003\u0004 not ours at all");

		RawRecords.Contents contents = RawRecords.read(file);

		assertThat(contents.records()).isEmpty();
		assertThat(contents.problem()).isEqualTo("not a testgov raw recording of version 1");
	}

	private static List<Entry> decode(RawRecords.Contents contents) throws IOException {
		List<Entry> entries = new ArrayList<>();
		for (RawRecords.Record record : contents.records()) {
			entries.add(RawEntries.decode(record));
		}
		return entries;
	}
}
