package dev.testgov.maven.internal.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed file: read back as written, byte for byte, one test per line. */
class BaselineFileTests {

	@Test
	void readsACommittedBaseline() {
		Baseline baseline = Runs.baseline("library/baseline.json");

		assertThat(baseline.project()).isEqualTo("dev.testgov.it:baseline-check-fails-naming-a-vanished-test");
		assertThat(baseline.tests()).hasSize(8);
		assertThat(baseline.environment().docker()).isEqualTo(Environment.NOT_PROBED);
		assertThat(baseline.environment().gates()).extracting(GateState::gate).containsExactly("requires_env");
		assertThat(baseline.summary().line()).isEqualTo("8 tests in 4 classes: 7 passed, 1 skipped in 560 ms");
		assertThat(baseline.selection().isFiltering()).isFalse();
	}

	@Test
	void writesTheSameBytesItRead() throws IOException {
		Path file = Runs.path("library/baseline.json");

		String written = BaselineFile.render(BaselineFile.read(file).orElseThrow());

		assertThat(written).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
	}

	@Test
	void keepsEachTestOnOneLineInIdOrder() throws IOException {
		List<String> lines = BaselineFile.render(Runs.baseline("warehouse/accepted-baseline.json")).lines()
			.filter(line -> line.startsWith("    {\"id\":"))
			.toList();

		assertThat(lines).hasSize(7).isSorted();
		assertThat(lines.get(0)).matches("    \\{\"id\":\"\\[engine:junit-jupiter]/\\[class:dev\\.testgov\\.it\\.warehouse\\.ReorderTest]"
				+ "/\\[method:reordersBelowTheMinimum\\(\\)]\",\"class\":\"dev\\.testgov\\.it\\.warehouse\\.ReorderTest\","
				+ "\"method\":\"reordersBelowTheMinimum\",\"displayName\":\"reordersBelowTheMinimum\\(\\)\","
				+ "\"status\":\"PASSED\",\"durationMillis\":\\d+,\"body\":\"[0-9a-f]{16}\"},");
	}

	@Test
	void recordingRoundsDurationsAndKeepsNoTimestamp(@TempDir Path directory) throws IOException {
		TestResult slow = new TestResult("[engine:junit-jupiter]/[class:a.SlowTest]/[method:waits()]", "a.SlowTest",
			"waits", "waits()", TestStatus.PASSED, null, null, null, null, 1234, null);
		Baseline baseline = Baseline.record("a:b", Environment.of(Run.empty()), Selection.none(), List.of(slow), 4321);
		Path file = directory.resolve("testgov-baseline.json");

		BaselineFile.write(file, baseline);

		assertThat(BaselineFile.read(file).orElseThrow().tests().get(0).durationMillis()).isEqualTo(1200);
		assertThat(Files.readString(file)).contains("\"totalMillis\": 4300", "\"line\": \"1 test in 1 class: 1 passed in 4.3 s\"")
			.doesNotContain("startedAt", "pid");
	}

	@Test
	void noFileIsNoBaseline(@TempDir Path directory) throws IOException {
		assertThat(BaselineFile.read(directory.resolve("testgov-baseline.json"))).isEmpty();
	}

	@Test
	void anotherVersionIsRefusedWithTheCommandThatReRecordsIt(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("testgov-baseline.json");
		Files.writeString(file, "{\"format\": \"testgov-baseline\", \"version\": 7}");

		assertThatIllegalArgumentException().isThrownBy(() -> BaselineFile.read(file))
			.withMessage("testgov: baseline [" + file + "] has format [testgov-baseline] version [7]; this plugin reads"
					+ " testgov-baseline version 1; re-record it with mvn verify testgov:baseline");
	}
}
