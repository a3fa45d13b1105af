package dev.testgov.maven.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.testgov.maven.internal.baseline.Environment;
import dev.testgov.maven.internal.baseline.Summary;
import org.junit.jupiter.api.Test;

/** The console block in Surefire's words: exact lines, as the ITs assert them. */
class ConsoleBlockTests {

	private static final String DOCKER_REASON = "@RequiresDocker: Docker socket [/nonexistent.sock] does not exist;"
			+ " start the Docker engine or set DOCKER_HOST";

	@Test
	void aRunIsSurefiresLineThenTheGatedCounts() {
		assertThat(texts(ConsoleBlock.run(Reports.parcels().summary(), false))).containsExactly(
			"testgov: Tests run: 11, Failures: 0, Errors: 0, Skipped: 2",
			"testgov: Gated: 2 (requires_docker 2)");
	}

	@Test
	void aBaselineBeingRecordedListsItsSkipReasons() {
		assertThat(texts(ConsoleBlock.run(Reports.parcels().summary(), true))).endsWith(
			"testgov: SKIPPED [2] " + DOCKER_REASON);
	}

	@Test
	void gatesAreCountedInTheOrderTheExtensionPrintsThem() {
		Map<String, Summary.Tally> gated = Map.of("requires_env", new Summary.Tally(1, 1), "manual", new Summary.Tally(1, 1),
			"live_api", new Summary.Tally(1, 1), "requires_docker", new Summary.Tally(1, 2));

		assertThat(ConsoleBlock.gated(gated)).isEqualTo("testgov: Gated: 5 (requires_docker 2, live_api 1, manual 1, requires_env 1)");
	}

	@Test
	void saysWhenDockerOrJavaChangedSinceTheBaseline() {
		Environment baseline = new Environment("17", "0.1.0", "1.14.4", Environment.AVAILABLE, List.of());
		Environment now = new Environment("21", "0.1.0", "1.14.4", Environment.UNAVAILABLE, List.of());

		assertThat(texts(ConsoleBlock.environment(baseline, now))).containsExactly(
			"testgov: Docker is unavailable now; it was available when the baseline was recorded",
			"testgov: Java 21 now; the baseline was recorded on Java 17");
		assertThat(ConsoleBlock.environment(baseline, baseline)).isEmpty();
	}

	static List<String> texts(List<ConsoleLine> lines) {
		return lines.stream().map(ConsoleLine::text).collect(Collectors.toList());
	}
}
