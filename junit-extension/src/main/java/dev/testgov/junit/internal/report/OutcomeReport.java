package dev.testgov.junit.internal.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import dev.testgov.junit.Gate;
import dev.testgov.junit.internal.GateObservations;
import dev.testgov.junit.internal.categories.CategoryRules;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.launcher.TestPlan;

/** One fork's outcomes: the console summary and the JSON file under {@code target/testgov/}. */
final class OutcomeReport {

	static final String OUTPUT_DIRECTORY_PARAMETER = "testgov.outputDirectory";
	static final String FORMAT = "testgov-outcomes";
	static final int VERSION = 1;
	private static final String PREFIX = "[testgov] ";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final List<Outcome> outcomes;
	private final long startMillis;
	private final ConfigurationParameters parameters;

	OutcomeReport(List<Outcome> outcomes, long startMillis, ConfigurationParameters parameters) {
		this.outcomes = outcomes;
		this.startMillis = startMillis;
		this.parameters = parameters;
	}

	/** Prints the grouped skip and gate-failure summary; prints nothing when no test skipped or hit a gate. */
	void printSummary(PrintStream out) {
		List<String> groups = groupedReasons();
		if (groups.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		text.append(PREFIX).append(String.format("Tests run: %d, Failures: %d, Errors: %d, Skipped: %d%n", outcomes.size(),
			count(Outcome.Status.FAILED), count(Outcome.Status.ERRORED),
			count(Outcome.Status.SKIPPED) + count(Outcome.Status.ABORTED)));
		String gated = gatedCounts();
		if (!gated.isEmpty()) {
			text.append(PREFIX).append(gated).append(System.lineSeparator());
		}
		groups.forEach(line -> text.append(PREFIX).append(line).append(System.lineSeparator()));
		out.print(text);
		out.flush();
	}

	private long count(Outcome.Status status) {
		return outcomes.stream().filter(outcome -> outcome.status() == status).count();
	}

	/** {@code Gated: 5 (requires_docker 3, live_api 2)}, counting skips and strict failures by gate. */
	private String gatedCounts() {
		Map<Gate, Long> byGate = new EnumMap<>(Gate.class);
		outcomes.stream()
			.filter(outcome -> outcome.gate().isPresent())
			.forEach(outcome -> byGate.merge(outcome.gate().get(), 1L, Long::sum));
		if (byGate.isEmpty()) {
			return "";
		}
		long total = byGate.values().stream().mapToLong(Long::longValue).sum();
		return "Gated: " + total + " (" + byGate.entrySet().stream()
			.map(entry -> entry.getKey().tag() + " " + entry.getValue())
			.collect(Collectors.joining(", ")) + ")";
	}

	/** {@code SKIPPED [3] @RequiresDocker: ...}, most frequent first. */
	private List<String> groupedReasons() {
		Map<String, Long> counts = new TreeMap<>();
		for (Outcome outcome : outcomes) {
			String label = label(outcome);
			if (label != null) {
				counts.merge(label + "\u0000" + outcome.reason(), 1L, Long::sum);
			}
		}
		List<String> lines = new ArrayList<>();
		counts.entrySet().stream()
			.sorted(Map.Entry.<String, Long> comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> {
				String[] parts = entry.getKey().split("\u0000", 2);
				lines.add(String.format("%s [%d] %s", parts[0], entry.getValue(), parts[1]));
			});
		return lines;
	}

	private static String label(Outcome outcome) {
		switch (outcome.status()) {
			case SKIPPED:
				return "SKIPPED";
			case ABORTED:
				return "ABORTED";
			case FAILED:
			case ERRORED:
				if (outcome.isStrictFailure()) {
					return "FAILED (strict)";
				}
				return outcome.isMisconfiguration() ? "FAILED (misconfigured gate)" : null;
			default:
				return null;
		}
	}

	/** Writes the outcome file atomically; a failure to write is reported, never hidden. */
	void write() {
		Path directory = outputDirectory();
		String name = "outcomes-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + ".json";
		try {
			Files.createDirectories(directory);
			// The name is this JVM's alone (its pid), so the temporary file needs no random suffix, whose
			// SecureRandom costs a test JVM more than the whole write.
			Path temporary = directory.resolve(name + ".tmp");
			Files.write(temporary, Json.write(toJson()).getBytes(StandardCharsets.UTF_8));
			move(temporary, directory.resolve(name));
		}
		catch (IOException e) {
			throw new UncheckedIOException("testgov could not write its outcome file to " + directory
					+ "; check that the directory is writable or set -D" + OUTPUT_DIRECTORY_PARAMETER, e);
		}
	}

	private static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private Path outputDirectory() {
		return parameters.get(OUTPUT_DIRECTORY_PARAMETER)
			.map(Paths::get)
			.orElseGet(() -> Paths.get(System.getProperty("basedir", System.getProperty("user.dir")), "target", "testgov"));
	}

	private Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("format", FORMAT);
		json.put("version", VERSION);
		json.put("testgov", version(OutcomeReport.class));
		json.put("junitPlatform", version(TestPlan.class));
		json.put("java", System.getProperty("java.version"));
		json.put("pid", ProcessHandle.current().pid());
		json.put("startedAt", Instant.ofEpochMilli(startMillis).toString());
		json.put("durationMillis", System.currentTimeMillis() - startMillis);
		json.put("gates", GateObservations.snapshot().values().stream().map(observation -> {
			Map<String, Object> gate = new LinkedHashMap<>();
			gate.put("gate", observation.gate().tag());
			gate.put("open", observation.isOpen());
			gate.put("reason", observation.reason());
			return gate;
		}).collect(Collectors.toList()));
		CategoryRules categories = CategoryRules.of(parameters.get(CategoryRules.PATTERNS_PARAMETER).orElse(null));
		json.put("tests", outcomes.stream().map(outcome -> outcome.toJson(categories)).collect(Collectors.toList()));
		return json;
	}

	private static String version(Class<?> type) {
		String version = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
		return version == null ? "unknown" : version;
	}
}
