package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** One file per session, never shared, never overwritten: what keeps forks and sessions apart. */
@ResourceLock(RawFileTests.SEQUENCE)
class RawFileTests {

	/** The per-JVM sequence of raw file names, which in-process recordings share. */
	static final String SEQUENCE = "dev.testgov.junit.internal.record.RawFile.SEQUENCE";

	@TempDir
	Path directory;

	@Test
	void eachSessionGetsItsOwnFileNamedByPidAndSequence() throws IOException {
		Path first = create(directory.resolve("nested/raw"));
		Path second = create(directory.resolve("nested/raw"));

		long pid = ProcessHandle.current().pid();
		assertThat(first.getFileName().toString()).matches("raw-" + pid + "-\\d+\\.tgr");
		assertThat(second).isNotEqualTo(first);
		assertThat(RawRecords.read(first).records()).isEmpty();
	}

	@Test
	void aNameLeftByAnEarlierJvmWithTheSamePidIsSkipped() throws IOException {
		Path last = create(directory);
		List<Path> taken = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			taken.add(Files.writeString(directory.resolve(next(last, i)), "earlier fork " + i));
		}

		Path created = create(directory);

		assertThat(created.getFileName().toString()).isEqualTo(next(last, 4));
		for (int i = 0; i < taken.size(); i++) {
			assertThat(Files.readString(taken.get(i))).isEqualTo("earlier fork " + (i + 1));
		}
	}

	private static Path create(Path directory) throws IOException {
		RawFile file = RawFile.createIn(directory);
		file.writer().close();
		return file.path();
	}

	private static String next(Path file, int after) {
		String name = file.getFileName().toString();
		int dash = name.lastIndexOf('-');
		int sequence = Integer.parseInt(name.substring(dash + 1, name.length() - RawRecords.SUFFIX.length()));
		return name.substring(0, dash + 1) + (sequence + after) + RawRecords.SUFFIX;
	}
}
