package dev.testgov.maven.internal.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.testgov.junit.internal.select.SelectionFile;
import dev.testgov.maven.internal.selection.SelectionRun;
import dev.testgov.maven.internal.store.UniqueIds;

/**
 * The nightly safety measurement ({@code -Dtestgov.affected.verify=true}): every test ran, and each failing
 * one is checked against the selection computed before the run. A failing test the selection would have
 * left out is a miss — the one unforgivable bug of affected-test selection. The selection would have left
 * out a test listed in the skip list, every test when it would not have started the test JVM at all, and a
 * failing container when every recorded test below it was listed.
 */
public final class SafetyCheck {

	static final String PASSED = "testgov: safety check: the selection would have run every failing test (%d failing)";
	static final String MISSED = "testgov: safety check: the selection would have MISSED %d of %d failing tests: %s;"
			+ " this is a testgov bug, please report it with target/testgov/safety.json and the store";
	static final String FILE = "testgov/safety.json";

	private SafetyCheck() {
	}

	/**
	 * Compares the failures with the selection in {@code target/testgov} ({@code selection.txt} and
	 * {@code selection.json}), writes {@code target/testgov/safety.json}, returns the misses.
	 */
	public static Result check(RunOutcomes outcomes, Path buildDirectory) throws IOException {
		Set<String> skipped = SelectionFile.read(buildDirectory.resolve(SelectionRun.SKIP_LIST));
		JsonNode selection = new ObjectMapper().readTree(buildDirectory.resolve(SelectionRun.JSON).toFile());
		boolean nothingRuns = selection.path(SelectionRun.NOTHING_TO_RUN).asBoolean(false);
		Set<String> failures = new TreeSet<>(outcomes.failures());
		failures.addAll(outcomes.failedContainers());
		List<String> missed = failures.stream()
			.filter(id -> nothingRuns || skipped.contains(UniqueIds.selectionNode(id))
					|| outcomes.failedContainers().contains(id) && everyNodeBelowSkipped(id, selection))
			.collect(Collectors.toList());
		Result result = new Result(failures.size(), missed);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("format", "testgov-safety");
		json.put("version", 1);
		json.put("failing", failures);
		json.put("missed", missed);
		Path file = buildDirectory.resolve(FILE);
		Files.createDirectories(file.getParent());
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
		return result;
	}

	/**
	 * Whether the selection knew tests below the container and left every one of them out, and no class in
	 * the container is new (its tests would have run).
	 */
	private static boolean everyNodeBelowSkipped(String container, JsonNode selection) {
		String topLevel = TestClassList.topLevelClass(container);
		for (JsonNode added : selection.path("newTestClasses")) {
			if (added.asText().equals(topLevel) || added.asText().startsWith(topLevel + "$")) {
				return false;
			}
		}
		boolean any = false;
		for (JsonNode node : selection.path("nodes")) {
			if (UniqueIds.isWithin(node.path("id").asText(), container)) {
				if (node.path("runs").asBoolean(true)) {
					return false;
				}
				any = true;
			}
		}
		return any;
	}

	/** How many tests failed and which the selection would have missed. */
	public record Result(int failing, List<String> missed) {

		public String line() {
			return missed.isEmpty() ? String.format(PASSED, failing)
					: String.format(MISSED, missed.size(), failing, missed);
		}
	}
}
