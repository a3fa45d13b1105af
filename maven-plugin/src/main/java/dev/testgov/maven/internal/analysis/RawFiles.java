package dev.testgov.maven.internal.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.testgov.junit.internal.record.RawRecords;

/** Finds a run's raw recordings. */
public final class RawFiles {

	private RawFiles() {
	}

	/** The raw recordings in a directory, sorted by name; none when the directory does not exist. */
	public static List<Path> in(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().endsWith(RawRecords.SUFFIX)).sorted().toList();
		}
	}
}
