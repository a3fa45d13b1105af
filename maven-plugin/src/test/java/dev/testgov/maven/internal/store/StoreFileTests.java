package dev.testgov.maven.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import dev.testgov.maven.internal.store.LoadResult.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileTests {

	private static final String CONSEQUENCE = "; every test runs, and this run writes a new store";

	@TempDir
	Path module;

	@Test
	void livesInTheModulesTestgovDirectory() {
		assertThat(StoreFile.inModule(module).path()).isEqualTo(module.resolve(".testgov/store"));
	}

	@Test
	void savedStoreLoadsBack() throws IOException {
		StoreFile file = StoreFile.inModule(module);
		file.save(SampleStores.sample());

		assertThat(file.load().store()).hasValueSatisfying(store -> assertThat(store.tests()).hasSize(3));
		assertThat(file.load().warning()).isEmpty();
	}

	@Test
	void missingStoreIsAbsent() {
		assertAbsent(StoreFile.inModule(module), Reason.MISSING, "testgov: no dependency store at [%s] yet" + CONSEQUENCE);
	}

	@Test
	void emptyOrTruncatedStoreIsAbsent() throws IOException {
		StoreFile file = saved();
		byte[] bytes = Files.readAllBytes(file.path());
		Files.write(file.path(), Arrays.copyOf(bytes, bytes.length / 2));

		assertAbsent(file, Reason.TRUNCATED, "testgov: dependency store [%s] is truncated (the last line is incomplete)"
				+ CONSEQUENCE);

		Files.write(file.path(), new byte[0]);
		assertAbsent(file, Reason.TRUNCATED, "testgov: dependency store [%s] is truncated (the file is empty)" + CONSEQUENCE);
	}

	@Test
	void storeCutAtALineBreakHasNoEndLine() throws IOException {
		StoreFile file = saved();
		String text = Files.readString(file.path());
		Files.writeString(file.path(), text.substring(0, text.indexOf("\nset\t") + 1));

		assertAbsent(file, Reason.TRUNCATED, "testgov: dependency store [%s] is truncated (it has no end line)" + CONSEQUENCE);
	}

	@Test
	void editedStoreFailsItsChecksum() throws IOException {
		StoreFile file = saved();
		Files.writeString(file.path(), Files.readString(file.path()).replace("\tPASSED\t", "\tFAILED\t"));

		assertAbsent(file, Reason.CHECKSUM, "testgov: dependency store [%s] was changed after testgov wrote it (its checksum"
				+ " does not match its content: edited by hand, or merged by Git?)" + CONSEQUENCE
				+ "; keep one side of a Git conflict in it, never both");
	}

	@Test
	void corruptLineWithAValidChecksumIsAbsent() throws IOException {
		StoreFile file = StoreFile.inModule(module);
		String body = StoreFormat.HEADER + "\nclass\tcom/acme/Foo\t7\n";
		Files.createDirectories(file.path().getParent());
		Files.writeString(file.path(), body + "end\t0\t" + StoreFormat.checksum(body) + "\n");

		assertAbsent(file, Reason.CORRUPT, "testgov: dependency store [%s] is corrupt (line 2: a class line has 3 fields)"
				+ CONSEQUENCE);
	}

	@Test
	void foreignFileIsAbsent() throws IOException {
		StoreFile file = StoreFile.inModule(module);
		Files.createDirectories(file.path().getParent());
		Files.write(file.path(), "PK\u0003\u0004 some zip\n".getBytes(StandardCharsets.ISO_8859_1));

		assertAbsent(file, Reason.FOREIGN, "testgov: [%s] is not a testgov dependency store (it starts with [PK?? some zip])"
				+ CONSEQUENCE);
	}

	@Test
	void olderAndNewerFormatsAreAbsent() throws IOException {
		StoreFile file = saved();
		String text = Files.readString(file.path());

		Files.writeString(file.path(), text.replace("testgov-store 1\n", "testgov-store 0\n"));
		assertAbsent(file, Reason.OLDER, "testgov: dependency store [%s] has format 0, older than the format 1 this testgov"
				+ " reads" + CONSEQUENCE);

		Files.writeString(file.path(), text.replace("testgov-store 1\n", "testgov-store 2\n"));
		assertAbsent(file, Reason.NEWER, "testgov: dependency store [%s] has format 2, written by a newer testgov than this"
				+ " one (format 1)" + CONSEQUENCE + "; upgrade testgov to keep the newer store");
	}

	@Test
	void writerKilledBeforeTheMoveLeavesThePreviousStore() throws IOException {
		StoreFile file = saved();
		byte[] before = Files.readAllBytes(file.path());
		StoreFile dying = new StoreFile(file.path(), (source, target) -> {
			throw new InterruptedIOException("writer interrupted before the move");
		});

		assertThatThrownBy(() -> dying.update(StoreFileMain.withTest("lost"))).isInstanceOf(InterruptedIOException.class);

		assertThat(Files.readAllBytes(file.path())).isEqualTo(before);
		assertThat(file.load().store()).isPresent();
		assertThat(temporaryFiles(file)).isZero();
	}

	@Test
	void leftoverTemporaryFileIsIgnoredThenRemoved() throws IOException {
		StoreFile file = saved();
		Path leftover = file.path().resolveSibling("store.4242-1.tmp");
		Files.writeString(leftover, "testgov-store 1\nhalf a st");

		assertThat(file.load().store()).isPresent();
		file.update(StoreFileMain.withTest("next"));

		assertThat(leftover).doesNotExist();
		assertThat(file.load().store().orElseThrow().tests()).hasSize(4);
	}

	private StoreFile saved() throws IOException {
		StoreFile file = StoreFile.inModule(module);
		file.save(SampleStores.sample());
		return file;
	}

	static long temporaryFiles(StoreFile file) throws IOException {
		try (var files = Files.list(file.path().getParent())) {
			return files.filter(path -> path.getFileName().toString().endsWith(StoreFile.TEMP_SUFFIX)).count();
		}
	}

	private static void assertAbsent(StoreFile file, Reason reason, String warning) {
		LoadResult result = file.load();

		assertThat(result.store()).isEmpty();
		assertThat(result.reason()).contains(reason);
		assertThat(result.warning()).contains(String.format(warning, file.path()));
	}
}
