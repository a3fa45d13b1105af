package dev.testgov.maven.internal.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.testgov.junit.internal.select.SelectionFile;
import dev.testgov.maven.internal.store.UniqueIds;

/**
 * The nightly safety measurement ({@code -Dtestgov.affected.verify=true}): every test ran, and each failing
 * one is checked against the selection computed before the run. A failing test the selection would have
 * left out is a miss — the one unforgivable bug of affected-test selection.
 */
public final class SafetyCheck {

	static final String PASSED = "testgov: safety check: the selection would have run every failing test (%d failing)";
	static final String MISSED = "testgov: safety check: the selection would have MISSED %d of %d failing tests: %s;"
			+ " this is a testgov bug, please report it with target/testgov/safety.json and the store";
	static final String FILE = "testgov/safety.json";

	private SafetyCheck() {
	}

	/** Compares the failures with the skip list, writes {@code target/testgov/safety.json}, returns the misses. */
	public static Result check(RunOutcomes outcomes, Path skipList, Path buildDirectory) throws IOException {
		Set<String> skipped = SelectionFile.read(skipList);
		Set<String> failures = outcomes.failures();
		List<String> missed = failures.stream()
			.filter(id -> skipped.contains(UniqueIds.selectionNode(id)))
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

	/** How many tests failed and which the selection would have missed. */
	public record Result(int failing, List<String> missed) {

		public String line() {
			return missed.isEmpty() ? String.format(PASSED, failing)
					: String.format(MISSED, missed.size(), failing, missed);
		}
	}
}
