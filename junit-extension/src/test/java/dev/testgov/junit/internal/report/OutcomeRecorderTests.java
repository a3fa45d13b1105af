package dev.testgov.junit.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.testgov.junit.Manual;
import dev.testgov.junit.RequiresEnv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The recorder inside a real launcher run: console summary, outcome file, containers counted per test. */
class OutcomeRecorderTests {

	@TempDir
	Path output;

	@Test
	void recordsEveryOutcomeInSurefireVocabulary() throws IOException {
		String console = run(Map.of(), MixedTestCase.class);

		Map<String, String> statuses = statuses(onlyFile());
		assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(
			"passes()", "PASSED", "fails()", "FAILED", "errors()", "ERRORED", "aborted()", "ABORTED",
			"disabled()", "SKIPPED", "manual()", "SKIPPED", "[1] 1", "PASSED", "[2] 2", "PASSED"));
		assertThat(console.lines()).containsExactly(
			"[testgov] Tests run: 8, Failures: 1, Errors: 1, Skipped: 3",
			"[testgov] Gated: 1 (manual 1)",
			"[testgov] ABORTED [1] Assumption failed: not today",
			"[testgov] SKIPPED [1] @Manual: system property [testgov.manual] is [false], not true;"
					+ " run with -Dtestgov.manual=true or set RUN_MANUAL_TESTS=1",
			"[testgov] SKIPPED [1] later");
	}

	@Test
	void skippedContainerCountsOnceForEachOfItsTests() throws IOException {
		String console = run(Map.of(), GatedClassTestCase.class);

		JsonNode file = onlyFile();
		assertThat(statuses(file)).containsOnlyKeys("first()", "second()", "parameterized(int)", "factory()", "nested()")
			.containsValues("SKIPPED");
		assertThat(file.get("tests")).allSatisfy(test -> {
			assertThat(test.get("gate").asText()).isEqualTo("manual");
			assertThat(test.get("via").asText()).endsWith("[class:" + GatedClassTestCase.class.getName() + "]");
		});
		assertThat(console).contains("[testgov] Tests run: 5, Failures: 0, Errors: 0, Skipped: 5",
			"[testgov] Gated: 5 (manual 5)");
	}

	@Test
	void strictFailureOfAClassIsAttributedToItsTestsAndNamed() throws IOException {
		String console = run(Map.of("testgov.strict", "requires_env"), StrictClassTestCase.class);

		JsonNode tests = onlyFile().get("tests");
		assertThat(tests).hasSize(2).allSatisfy(test -> {
			assertThat(test.get("status").asText()).isEqualTo("ERRORED");
			assertThat(test.get("strict").asBoolean()).isTrue();
			assertThat(test.get("gate").asText()).isEqualTo("requires_env");
		});
		assertThat(console).contains("[testgov] FAILED (strict) [2] @RequiresEnv: environment variable or system property"
				+ " [TESTGOV_UNSET_FOR_RECORDER] is not set");
	}

	@Test
	void failureAfterAllTestsRanIsKeptAsAContainerOutcome() throws IOException {
		run(Map.of(), AfterAllFailsTestCase.class);

		JsonNode tests = onlyFile().get("tests");
		assertThat(tests).hasSize(2);
		JsonNode container = Stream.of(tests.get(0), tests.get(1)).filter(test -> test.has("container")).findFirst().orElseThrow();
		assertThat(container.get("status").asText()).isEqualTo("ERRORED");
		assertThat(container.get("reason").asText()).isEqualTo("java.lang.IllegalStateException: cleanup failed");
	}

	@Test
	void fileRecordsTheGatesObservedAndItsFormat() throws IOException {
		run(Map.of(), MixedTestCase.class);

		JsonNode file = onlyFile();
		assertThat(file.get("format").asText()).isEqualTo("testgov-outcomes");
		assertThat(file.get("version").asInt()).isEqualTo(1);
		assertThat(file.get("gates").findValuesAsText("reason")).contains("@Manual: system property [testgov.manual] is"
				+ " [false], not true; run with -Dtestgov.manual=true or set RUN_MANUAL_TESTS=1");
		assertThat(file.get("tests").get(0).get("tags")).isNotNull();
	}

	@Test
	void recordsEachTestsCategoriesFromItsClass() throws IOException {
		run(Map.of("testgov.categoryPatterns", "**$Passing*=smoke; **$Gated*=e2e,slow"), PassingTestCase.class);
		run(Map.of("testgov.categoryPatterns", "**$Passing*=smoke; **$Gated*=e2e,slow"), GatedClassTestCase.class);
		run(Map.of(), AfterAllFailsTestCase.class);

		Map<String, String> categories = new HashMap<>();
		try (Stream<Path> files = Files.list(output)) {
			for (Path file : files.collect(Collectors.toList())) {
				new ObjectMapper().readTree(file.toFile()).get("tests")
					.forEach(test -> categories.put(test.get("class").asText().replaceAll(".*\\$", "") + "#"
							+ test.get("displayName").asText(), test.get("categories").toString()));
			}
		}
		assertThat(categories).containsEntry("PassingTestCase#passes()", "[\"smoke\"]")
			.containsEntry("GatedClassTestCase#first()", "[\"e2e\",\"slow\"]")
			.containsEntry("Inner#nested()", "[\"e2e\",\"slow\"]")
			.containsEntry("AfterAllFailsTestCase#passes()", "[]");
	}

	@Test
	void quietWhenEverythingPassed() throws IOException {
		assertThat(run(Map.of(), PassingTestCase.class)).isEmpty();
		assertThat(statuses(onlyFile())).containsExactly(Map.entry("passes()", "PASSED"));
	}

	@Test
	void switchedOffWritesNothing() throws IOException {
		assertThat(run(Map.of("testgov.outcomes", "false"), MixedTestCase.class)).isEmpty();
		try (Stream<Path> files = Files.list(output)) {
			assertThat(files).isEmpty();
		}
	}

	private String run(Map<String, String> parameters, Class<?> testCase) {
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		Map<String, String> configuration = new HashMap<>(Map.of("testgov.strict", "none", "testgov.manual", "false",
			"testgov.outputDirectory", output.toString()));
		configuration.putAll(parameters);
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(testCase))
			.configurationParameters(configuration)
			.build();
		OutcomeRecorder recorder = new OutcomeRecorder(new PrintStream(console, true, StandardCharsets.UTF_8));
		LauncherFactory.create(LauncherConfig.builder()
			.enableTestExecutionListenerAutoRegistration(false)
			.addTestExecutionListeners(recorder)
			.build()).execute(request);
		return console.toString(StandardCharsets.UTF_8);
	}

	private JsonNode onlyFile() throws IOException {
		try (Stream<Path> files = Files.list(output)) {
			List<Path> written = files.collect(Collectors.toList());
			assertThat(written).singleElement().satisfies(path -> assertThat(path.getFileName().toString())
				.matches("outcomes-\\d+-\\d+\\.json"));
			return new ObjectMapper().readTree(written.get(0).toFile());
		}
	}

	private static Map<String, String> statuses(JsonNode file) {
		Map<String, String> statuses = new HashMap<>();
		file.get("tests").forEach(test -> statuses.put(test.get("displayName").asText(), test.get("status").asText()));
		return statuses;
	}

	static class MixedTestCase {

		@Test
		void passes() {
		}

		@Test
		void fails() {
			fail("boom");
		}

		@Test
		void errors() {
			throw new IllegalStateException("bad");
		}

		@Test
		void aborted() {
			assumeTrue(false, "not today");
		}

		@Test
		@Disabled("later")
		void disabled() {
		}

		@Test
		@Manual
		void manual() {
		}

		@ParameterizedTest
		@ValueSource(ints = { 1, 2 })
		void parameterized(int x) {
		}
	}

	@Manual
	static class GatedClassTestCase {

		@Test
		void first() {
		}

		@Test
		void second() {
		}

		@ParameterizedTest
		@ValueSource(ints = { 1, 2 })
		void parameterized(int x) {
		}

		@TestFactory
		Stream<DynamicTest> factory() {
			return Stream.of(DynamicTest.dynamicTest("dynamic", () -> {
			}));
		}

		@Nested
		class Inner {

			@Test
			void nested() {
			}
		}
	}

	@RequiresEnv("TESTGOV_UNSET_FOR_RECORDER")
	static class StrictClassTestCase {

		@Test
		void first() {
		}

		@Test
		void second() {
		}
	}

	static class AfterAllFailsTestCase {

		@AfterAll
		static void cleanUp() {
			throw new IllegalStateException("cleanup failed");
		}

		@Test
		void passes() {
		}
	}

	static class PassingTestCase {

		@Test
		void passes() {
		}
	}
}
