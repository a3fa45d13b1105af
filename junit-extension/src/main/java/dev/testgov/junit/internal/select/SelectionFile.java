package dev.testgov.junit.internal.select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the plugin tells the test JVM to leave out: the selection nodes (test methods, templates, factories)
 * whose recorded dependencies did not change. Everything else runs — new tests, tests the store does not
 * know, tests whose dependencies changed — so an unknown test can never be left out by accident.
 *
 * <p>Text, one line per entry after the header {@code testgov-selection 1}: {@code skip <unique id>} for a
 * test to leave out, {@code rank <n> <class or Class#method>} for the order tests run in (failed last time
 * first, then the shortest). The plugin writes it; {@link SelectionFilter} and the orderers read it. A file
 * that is missing, foreign or damaged fails discovery loudly instead of running a wrong selection.
 */
public final class SelectionFile {

	public static final String PARAMETER = "testgov.selection.file";
	static final String HEADER = "testgov-selection 1";
	private static final String SKIP = "skip ";
	private static final String RANK = "rank ";

	private SelectionFile() {
	}

	/** Writes the unique ids to leave out, sorted, atomically. */
	public static void write(Path file, Collection<String> skipped) throws IOException {
		write(file, skipped, Map.of());
	}

	/**
	 * Writes the unique ids to leave out and the ranks of classes ({@code com.acme.FooTests}) and methods
	 * ({@code com.acme.FooTests#adds}), sorted, atomically.
	 */
	public static void write(Path file, Collection<String> skipped, Map<String, Integer> ranks) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		new TreeSet<>(skipped).forEach(id -> lines.add(SKIP + id));
		new TreeMap<>(ranks).forEach((key, rank) -> lines.add(RANK + rank + " " + key));
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
		return contents(file).skipped();
	}

	/**
	 * The whole selection: what to leave out and the ranks.
	 *
	 * @throws IllegalStateException when the file cannot be read or is not a selection file
	 */
	public static Contents contents(Path file) {
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
		Map<String, Integer> ranks = new HashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.startsWith(SKIP)) {
				skipped.add(line.substring(SKIP.length()));
			}
			else if (line.startsWith(RANK) && line.indexOf(' ', RANK.length()) > 0) {
				int space = line.indexOf(' ', RANK.length());
				ranks.put(line.substring(space + 1), Integer.parseInt(line.substring(RANK.length(), space)));
			}
			else {
				throw new IllegalStateException(String.format(
					"testgov selection file [%s] has a line it does not understand [%s]; run mvn testgov:affected again",
					file, line));
			}
		}
		return new Contents(skipped, ranks);
	}

	/**
	 * A selection file's contents.
	 *
	 * @param skipped unique ids of the tests to leave out
	 * @param ranks classes and {@code Class#method}s to their rank; lower runs first, unranked ones first of all
	 */
	public record Contents(Set<String> skipped, Map<String, Integer> ranks) {

		/** The rank of a class or method; a test the store does not know is new, and runs first. */
		public int rank(String key) {
			return ranks.getOrDefault(key, -1);
		}
	}
}
