package dev.testgov.maven.internal.baseline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Reads and writes {@code testgov-baseline.json}: format {@value #FORMAT}, version {@value #VERSION}. The file
 * is meant to be committed and diffed: keys in a fixed order, maps sorted, one test per line, no timestamps,
 * durations rounded. Only {@code environment}, {@code selection}, {@code tests} and the total duration are
 * read back; {@code summary} is there for people and is recomputed from the tests.
 */
public final class BaselineFile {

	public static final String FORMAT = "testgov-baseline";
	public static final int VERSION = 1;

	private BaselineFile() {
	}

	/**
	 * The baseline in a file, or empty when there is no file.
	 *
	 * @throws IOException when it cannot be read or parsed
	 * @throws IllegalArgumentException when it has another format or version
	 */
	public static Optional<Baseline> read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Document document = JsonFiles.MAPPER.readValue(file.toFile(), Document.class);
		if (!FORMAT.equals(document.format()) || document.version() != VERSION) {
			throw new IllegalArgumentException(String.format(BaselineMessages.UNSUPPORTED_BASELINE, file,
				document.format(), document.version(), FORMAT, VERSION));
		}
		long total = document.summary() == null || document.summary().durations() == null ? 0
				: document.summary().durations().totalMillis();
		return Optional.of(new Baseline(document.project(), document.environment(), document.selection(),
			document.tests() == null ? List.of() : document.tests(), total));
	}

	/** Writes the baseline, replacing the file in one move. */
	public static void write(Path file, Baseline baseline) throws IOException {
		JsonFiles.write(file, toJson(baseline));
	}

	/** The file's text for this baseline, byte for byte. */
	public static String render(Baseline baseline) throws IOException {
		return JsonFiles.write(toJson(baseline));
	}

	static Map<String, Object> toJson(Baseline baseline) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("format", FORMAT);
		json.put("version", VERSION);
		json.put("project", baseline.project());
		json.put("summary", baseline.summary());
		json.put("environment", baseline.environment());
		json.put("selection", baseline.selection());
		json.put("tests", baseline.tests().stream().map(JsonFiles.OneLine::new).collect(Collectors.toList()));
		return json;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Document(String format, int version, String project, Environment environment, Selection selection,
			StoredSummary summary, List<TestResult> tests) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record StoredSummary(StoredDurations durations) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record StoredDurations(long totalMillis) {
	}
}
