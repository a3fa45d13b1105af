package dev.testgov.junit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import dev.testgov.junit.internal.FakeDockerEngine;
import dev.testgov.junit.internal.FakeDockerEngine.Behaviour;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;

/**
 * {@link RequiresDocker} through the JUnit Platform, against a real socket that is missing or served by a
 * scripted engine ({@code -Dtestgov.docker.host}); Testcontainers' check is switched off here because the
 * scripted engine is not a Docker engine. {@code TestcontainersDockerTests} covers the real engine.
 */
class RequiresDockerIntegrationTests {

	@TempDir
	static Path directory;

	@Test
	void missingEngineSkipsTheClassWithTheCauseAndNeverRunsItsBeforeAll() {
		String socket = directory.resolve("missing.sock").toString();

		EngineExecutionResults results = run(ClassGatedTestCase.class, Map.of("testgov.docker.host", "unix://" + socket));

		results.containerEvents().assertStatistics(stats -> stats.skipped(1));
		results.testEvents().assertStatistics(stats -> stats.started(0));
		assertThat(reasons(results.allEvents())).containsExactly("@RequiresDocker: Docker socket [" + socket
				+ "] does not exist; start the Docker engine or set DOCKER_HOST");
		assertThat(ClassGatedTestCase.calls).isEmpty();
	}

	@Test
	void answeringEngineRunsTheTests() throws IOException {
		try (FakeDockerEngine engine = FakeDockerEngine.start(directory.resolve("ok.sock"), Behaviour.HEALTHY)) {
			Events tests = run(MethodGatedTestCase.class, Map.of("testgov.docker.host", engine.address())).testEvents();

			tests.assertStatistics(stats -> stats.succeeded(2).skipped(0));
		}
	}

	@Test
	void methodLevelGateSkipsOnlyThatMethod() {
		Events tests = run(MethodGatedTestCase.class,
			Map.of("testgov.docker.host", "unix://" + directory.resolve("gone.sock"))).testEvents();

		tests.assertStatistics(stats -> stats.succeeded(1).skipped(1));
	}

	@Test
	void userReasonIsAppended() {
		String socket = directory.resolve("absent.sock").toString();

		Events events = run(UserReasonTestCase.class, Map.of("testgov.docker.host", "unix://" + socket)).allEvents();

		assertThat(reasons(events)).containsExactly("@RequiresDocker: Docker socket [" + socket
				+ "] does not exist; start the Docker engine or set DOCKER_HOST ==> the repository tests need PostgreSQL");
	}

	@Test
	void strictModeFailsInsteadOfSkipping() {
		String socket = directory.resolve("strict.sock").toString();

		EngineExecutionResults events = run(MethodGatedTestCase.class,
			Map.of("testgov.docker.host", "unix://" + socket, "testgov.strict", "requires_docker"));

		events.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1).skipped(0));
		assertThat(firstFailure(events).getCause()).isInstanceOf(GateClosedException.class)
			.hasMessage("@RequiresDocker: Docker socket [" + socket + "] does not exist; start the Docker engine or set"
					+ " DOCKER_HOST (strict mode [testgov.strict=requires_docker] makes requires_docker fail instead of skip)");
	}

	@Test
	void invalidTimeoutFailsLoudly() {
		EngineExecutionResults events = run(MethodGatedTestCase.class,
			Map.of("testgov.docker.host", "unix://" + directory.resolve("t.sock"), "testgov.docker.timeout", "soon"));

		assertThat(firstFailure(events).getCause()).isInstanceOf(GateConfigurationException.class).hasMessage(
			"-Dtestgov.docker.timeout has an invalid timeout [soon]; write a positive duration such as 500ms, 2s or 1m");
	}

	@Test
	void composedAnnotationGates() {
		Events tests = run(ComposedTestCase.class,
			Map.of("testgov.docker.host", "unix://" + directory.resolve("composed.sock"))).testEvents();

		tests.assertStatistics(stats -> stats.skipped(1));
		assertThat(reasons(tests)).singleElement().asString().startsWith("@RequiresDocker: Docker socket");
	}

	private static EngineExecutionResults run(Class<?> testCase, Map<String, String> parameters) {
		EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(testCase))
			.configurationParameter("testgov.strict", "none")
			.configurationParameter("testgov.docker.testcontainers", "false");
		parameters.forEach(kit::configurationParameter);
		return kit.execute();
	}

	private static List<String> reasons(Events events) {
		return events.filter(event -> event.getType() == EventType.SKIPPED)
			.map(event -> event.getPayload(String.class).orElse(""))
			.collect(Collectors.toList());
	}

	private static Throwable firstFailure(EngineExecutionResults events) {
		return events.testEvents().failed().stream().findFirst()
			.flatMap(event -> event.getPayload(TestExecutionResult.class))
			.flatMap(TestExecutionResult::getThrowable)
			.orElseThrow();
	}

	@RequiresDocker
	static class ClassGatedTestCase {

		static final List<String> calls = new CopyOnWriteArrayList<>();

		@BeforeAll
		static void startContainer() {
			calls.add("beforeAll");
		}

		@Test
		void first() {
		}

		@Nested
		class Inner {

			@Test
			void second() {
			}
		}
	}

	static class MethodGatedTestCase {

		@Test
		@RequiresDocker
		void gated() {
		}

		@Test
		void plain() {
		}
	}

	@RequiresDocker(disabledReason = "the repository tests need PostgreSQL")
	static class UserReasonTestCase {

		@Test
		void test() {
		}
	}

	@Retention(RUNTIME)
	@Target({ TYPE, METHOD })
	@RequiresDocker
	@interface DatabaseTest {
	}

	static class ComposedTestCase {

		@DatabaseTest
		@Test
		void composed() {
		}
	}
}
