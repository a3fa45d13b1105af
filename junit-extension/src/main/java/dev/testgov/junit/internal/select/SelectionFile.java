package dev.testgov.junit.internal.select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the plugin tells the test JVM to leave out: the selection nodes (test methods, templates, factories)
 * whose recorded dependencies did not change. Everything else runs — new tests, tests the store does not
 * know, tests whose dependencies changed — so an unknown test can never be left out by accident.
 *
 * <p>Text, one line per entry after the header {@code testgov-selection 1}: {@code skip <unique id>}. The
 * plugin writes it; {@link SelectionFilter} reads it. A file that is missing, foreign or damaged fails
 * discovery loudly instead of running a wrong selection.
 */
public final class SelectionFile {

	public static final String PARAMETER = "testgov.selection.file";
	static final String HEADER = "testgov-selection 1";
	private static final String SKIP = "skip ";

	private SelectionFile() {
	}

	/** Writes the unique ids to leave out, sorted, atomically. */
	public static void write(Path file, Collection<String> skipped) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		new TreeSet<>(skipped).forEach(id -> lines.add(SKIP + id));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
		Files.write(temporary, lines, StandardCharsets.UTF_8);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * The unique ids to leave out.
	 *
	 * @throws IllegalStateException when the file cannot be read or is not a selection file
	 */
	public static Set<String> read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(String.format(
				"testgov cannot read its selection file [%s] (%s); run mvn testgov:affected again, or drop -D%s", file, e,
				PARAMETER), e);
		}
		if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
			throw new IllegalStateException(String.format(
				"[%s] is not a testgov selection file (no header [%s]); run mvn testgov:affected again, or drop -D%s", file,
				HEADER, PARAMETER));
		}
		Set<String> skipped = new TreeSet<>();
		for (String line : lines.subList(1, lines.size())) {
			if (!line.startsWith(SKIP)) {
				throw new IllegalStateException(String.format(
					"testgov selection file [%s] has a line it does not understand [%s]; run mvn testgov:affected again",
					file, line));
			}
			skipped.add(line.substring(SKIP.length()));
		}
		return skipped;
	}
}
