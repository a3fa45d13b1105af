package dev.testgov.junit;

import static dev.testgov.junit.RequiresServiceIntegrationTests.execute;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.cause;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.Map;

import dev.testgov.junit.internal.services.FixtureProviders;
import dev.testgov.junit.internal.services.ServiceFixtures;
import dev.testgov.junit.services.ServiceDefinitionProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RequiresService} over services declared in the file named by {@code testgov.services.file} and by providers. */
class RequiresServiceSourcesIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void readsTheFileNamedByTheSettingRelativeToTheWorkingDirectory() {
		Path file = ServiceFixtures.writeFile(directory.resolve("extra.properties"), "from-file.env = TESTGOV_TEST_FILE_VAR");
		String relative = Path.of("").toAbsolutePath().relativize(file).toString();

		execute(FileDeclaredTestCase.class, Map.of("testgov.services.file", relative)).testEvents().assertThatEvents()
			.haveExactly(1, event(test("fromFile"), skippedWithReason("@RequiresService: service [from-file] is unavailable: "
					+ "environment variable or system property [TESTGOV_TEST_FILE_VAR] is not set; "
					+ "set the missing variables (declared in " + relative + ")")));
		execute(FileDeclaredTestCase.class, Map.of("testgov.services.file", relative, "TESTGOV_TEST_FILE_VAR", "set"))
			.testEvents().assertStatistics(stats -> stats.succeeded(1).skipped(0));
	}

	@Test
	void failsWhenTheNamedFileDoesNotExist() {
		Path missing = Path.of("no/such/services.properties");

		execute(FileDeclaredTestCase.class, Map.of("testgov.services.file", missing.toString())).testEvents()
			.assertThatEvents().haveExactly(1, event(test("fromFile"), finishedWithFailure(
				cause(instanceOf(GateConfigurationException.class), message("Services file [no/such/services.properties] "
						+ "named by [testgov.services.file] does not exist (resolved to [" + missing.toAbsolutePath()
						+ "]); fix the path or remove the setting")))));
	}

	@Test
	void asksTheProvidersOfTheContextClassLoader() {
		ServiceFixtures.writeFile(directory.resolve("META-INF/services/" + ServiceDefinitionProvider.class.getName()),
			FixtureProviders.Queue.class.getName());
		Thread thread = Thread.currentThread();
		ClassLoader original = thread.getContextClassLoader();
		thread.setContextClassLoader(ServiceFixtures.classpath(directory));
		try {
			execute(ProviderDeclaredTestCase.class, Map.of()).testEvents().assertThatEvents()
				.haveExactly(1, event(test("fromProvider"), skippedWithReason("@RequiresService: service [queue] is "
						+ "unavailable: topic: topic [orders] does not exist; create it with: ./create-topics.sh")));
		}
		finally {
			thread.setContextClassLoader(original);
		}
	}

	static class FileDeclaredTestCase {

		@Test
		@RequiresService("from-file")
		void fromFile() {
		}
	}

	static class ProviderDeclaredTestCase {

		@Test
		@RequiresService("queue")
		void fromProvider() {
		}
	}
}
