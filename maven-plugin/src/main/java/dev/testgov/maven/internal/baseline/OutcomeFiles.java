package dev.testgov.maven.internal.baseline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reads the {@code outcomes-<pid>-<n>.json} files that testgov's JUnit extension writes, one per test JVM, and
 * merges them into one {@link Run}.
 *
 * <p>Files accumulate when a module is built twice without {@code clean}: only files whose test plan started at
 * or after {@code since} count. Where a test appears in several of them (a goal run on its own over the files of
 * several builds), the newest result wins and a note says that more than one run was found.
 */
public final class OutcomeFiles {

	static final String FORMAT = "testgov-outcomes";
	static final int VERSION = 1;
	private static final String GLOB = "outcomes-*.json";

	private OutcomeFiles() {
	}

	/**
	 * Reads a directory of outcome files; a missing directory is an empty run.
	 *
	 * @param since files whose test plan started earlier are left over from an earlier build and ignored
	 * @throws IOException when a file cannot be read or parsed
	 * @throws IllegalArgumentException when a file has a format or version this plugin does not read
	 */
	public static Run read(Path directory, Instant since) throws IOException {
		List<OutcomeFile> files = parseAll(directory);
		List<OutcomeFile> current = files.stream().filter(file -> !file.startedAt().isBefore(since))
			.collect(Collectors.toList());
		return merge(current);
	}

	private static List<OutcomeFile> parseAll(Path directory) throws IOException {
		List<OutcomeFile> files = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return files;
		}
		try (DirectoryStream<Path> paths = Files.newDirectoryStream(directory, GLOB)) {
			for (Path path : paths) {
				files.add(parse(path));
			}
		}
		files.sort(Comparator.comparing(OutcomeFile::startedAt).thenComparing(OutcomeFile::pid));
		return files;
	}

	private static OutcomeFile parse(Path path) throws IOException {
		OutcomeFile file = JsonFiles.MAPPER.readValue(path.toFile(), OutcomeFile.class);
		if (!FORMAT.equals(file.format()) || file.version() != VERSION) {
			throw new IllegalArgumentException(String.format(BaselineMessages.UNSUPPORTED_OUTCOMES, path,
				file.format(), file.version(), FORMAT, VERSION));
		}
		return file;
	}

	private static Run merge(List<OutcomeFile> files) {
		if (files.isEmpty()) {
			return Run.empty();
		}
		Map<String, TestResult> tests = new TreeMap<>();
		Set<GateState> gates = new TreeSet<>(GateState.ORDER);
		Set<String> javaVersions = new LinkedHashSet<>();
		Set<String> repeated = new HashSet<>();
		long duration = 0;
		for (OutcomeFile file : files) {
			for (Entry entry : file.tests()) {
				if (tests.put(entry.id(), entry.toResult()) != null) {
					repeated.add(entry.id());
				}
			}
			gates.addAll(file.gates());
			javaVersions.add(file.java());
			duration += file.durationMillis();
		}
		List<String> notes = repeated.isEmpty() ? List.of()
				: List.of(String.format(BaselineMessages.SEVERAL_RUNS, repeated.size()));
		OutcomeFile last = files.get(files.size() - 1);
		return new Run(List.copyOf(tests.values()), List.copyOf(gates), javaVersions, last.testgov(),
			last.junitPlatform(), files.size(), duration, notes);
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record OutcomeFile(String format, int version, String testgov, String junitPlatform, String java, long pid,
			@JsonProperty("startedAt") String started, long durationMillis, List<GateState> gates, List<Entry> tests) {

		OutcomeFile {
			gates = gates == null ? List.of() : gates;
			tests = tests == null ? List.of() : tests;
		}

		/** When the JVM's test plan started; Jackson reads java.time only with an extra module, so it is parsed here. */
		Instant startedAt() {
			return started == null ? Instant.EPOCH : Instant.parse(started);
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Entry(String id, @JsonProperty("class") String className, String method, String displayName,
			List<String> tags, List<String> categories, TestStatus status, String gate, String reason,
			long durationMillis) {

		TestResult toResult() {
			return new TestResult(id, className, method, displayName, status, gate, reason, tags, categories,
				durationMillis, null);
		}
	}
}
