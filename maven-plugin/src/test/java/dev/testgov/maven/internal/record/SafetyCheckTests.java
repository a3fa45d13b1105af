package dev.testgov.maven.internal.record;

import static dev.testgov.maven.internal.record.RunOutcomesTests.ADDS;
import static dev.testgov.maven.internal.record.RunOutcomesTests.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.testgov.junit.internal.record.RawEntries.End;
import dev.testgov.junit.internal.record.RawEntries.Outcome;
import dev.testgov.junit.internal.record.RawEntries.Scope;
import dev.testgov.junit.internal.select.SelectionFile;
import dev.testgov.maven.internal.selection.SelectionRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetyCheckTests {

	private static final String SETUP = ENGINE + "/[class:com.acme.BrokenSetupTest]";
	private static final String WORKS = SETUP + "/[method:works()]";

	@TempDir
	Path directory;

	@Test
	void aFailingTestTheSelectionRanIsNoMiss() throws IOException {
		selection(List.of(), false, "[]", node(ADDS, true));

		SafetyCheck.Result result = SafetyCheck.check(failingAdds(), directory);

		assertThat(result.missed()).isEmpty();
		assertThat(result.line()).isEqualTo("testgov: safety check: the selection would have run every failing test (1 failing)");
	}

	@Test
	void aFailingTestInTheSkipListIsAMiss() throws IOException {
		selection(List.of(ADDS), false, "[]", node(ADDS, false));

		assertThat(SafetyCheck.check(failingAdds(), directory).missed()).containsExactly(ADDS);
	}

	@Test
	void whenTheSelectionWouldNotHaveStartedTheJvmEveryFailureIsAMiss() throws IOException {
		selection(List.of(), true, "[]");

		assertThat(SafetyCheck.check(failingAdds(), directory).missed()).containsExactly(ADDS);
	}

	@Test
	void aFailedContainerWhoseRecordedTestsWereAllLeftOutIsAMiss() throws IOException {
		selection(List.of(WORKS), false, "[]", node(WORKS, false), node(ADDS, true));

		assertThat(SafetyCheck.check(brokenSetup(), directory).missed()).containsExactly(SETUP);
	}

	@Test
	void aFailedContainerWithASelectedOrNewTestIsNoMiss() throws IOException {
		RunOutcomes outcomes = brokenSetup();
		selection(List.of(), false, "[]", node(WORKS, true));
		assertThat(SafetyCheck.check(outcomes, directory).missed()).isEmpty();

		selection(List.of(WORKS), false, "[\"com.acme.BrokenSetupTest$Inner\"]", node(WORKS, false));
		assertThat(SafetyCheck.check(outcomes, directory).missed()).isEmpty();
	}

	private RunOutcomes failingAdds() throws IOException {
		RunOutcomesTests raw = new RunOutcomesTests();
		raw.directory = directory;
		return RunOutcomes.read(List.of(raw.raw("adds", RunOutcomesTests.engine(), RunOutcomesTests.cart("FAILED"), new End())));
	}

	private RunOutcomes brokenSetup() throws IOException {
		RunOutcomesTests raw = new RunOutcomesTests();
		raw.directory = directory;
		return RunOutcomes.read(List.of(raw.raw("setup", RunOutcomesTests.engine(),
			new Scope(SETUP, ENGINE, false, "com.acme.BrokenSetupTest", ""), new Outcome(SETUP, "ERRORED", 1), new End())));
	}

	private static String node(String id, boolean runs) {
		return "{\"id\": \"" + id + "\", \"runs\": " + runs + "}";
	}

	private void selection(List<String> skipped, boolean nothingToRun, String newClasses, String... nodes) throws IOException {
		SelectionFile.write(directory.resolve(SelectionRun.SKIP_LIST), skipped);
		Files.writeString(directory.resolve(SelectionRun.JSON), "{\"newTestClasses\": " + newClasses + ", \""
				+ SelectionRun.NOTHING_TO_RUN + "\": " + nothingToRun + ", \"nodes\": [" + String.join(", ", nodes) + "]}");
	}
}
