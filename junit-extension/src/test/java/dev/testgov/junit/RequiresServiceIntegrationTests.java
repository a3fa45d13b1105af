package dev.testgov.junit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.cause;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestTag;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** {@link RequiresService} through the JUnit engine, over the services of {@code testgov-services.properties}. */
class RequiresServiceIntegrationTests {

	static final String MISSING_VARIABLE = "@RequiresService: service [needs-variable] is unavailable: "
			+ "environment variable or system property [TESTGOV_TEST_UNSET_VAR] is not set; "
			+ "set the missing variables (declared in testgov-services.properties)";

	@Test
	void skipsTestsWhoseServiceIsUnavailableAndRunsTheOthers() {
		Events tests = execute(MethodLevelTestCase.class, Map.of()).testEvents();

		tests.assertStatistics(stats -> stats.started(2).succeeded(2).skipped(3).failed(0));
		tests.assertThatEvents()
			.haveExactly(1, event(test("available"), finishedSuccessfully()))
			.haveExactly(1, event(test("missingVariable"), skippedWithReason(MISSING_VARIABLE)))
			.haveExactly(1, event(test("withUserReason"), skippedWithReason(MISSING_VARIABLE + " ==> needs the test variable")))
			.haveExactly(1, event(test("repeated"), skippedWithReason(MISSING_VARIABLE)));
	}

	@Test
	void skipsAWholeClassWithoutRunningItsLifecycleMethods() {
		EngineExecutionResults results = execute(ClassLevelTestCase.class, Map.of());

		results.containerEvents().assertThatEvents()
			.haveExactly(1, event(container(ClassLevelTestCase.class), skippedWithReason(MISSING_VARIABLE)));
		results.testEvents().assertStatistics(stats -> stats.started(0).skipped(0));
	}

	@Test
	void probesTheServiceOfAComposedAnnotationThatAddsItsOwnTag() throws IOException {
		int closed = closedPort();
		try (ServerSocket open = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			execute(ComposedTestCase.class, Map.of("TESTGOV_TEST_PORT", String.valueOf(open.getLocalPort()))).testEvents()
				.assertStatistics(stats -> stats.succeeded(1).skipped(0));
		}
		Events tests = execute(ComposedTestCase.class, Map.of("TESTGOV_TEST_PORT", String.valueOf(closed))).testEvents();

		tests.assertThatEvents().haveExactly(1, event(test("usesThePort"), skippedWithReason(
			"@RequiresService: service [local-port] is unavailable: TCP [127.0.0.1:" + closed
					+ "] refused the connection; listen on the port named by TESTGOV_TEST_PORT")));
		assertThat(tests.skipped().stream().findFirst().orElseThrow().getTestDescriptor().getTags())
			.containsExactlyInAnyOrder(TestTag.create("local_port"), TestTag.create("requires_service"));
	}

	@Test
	void failsATestThatNamesAnUnknownService() {
		execute(UnknownServiceTestCase.class, Map.of()).testEvents().assertThatEvents()
			.haveExactly(1, event(test("typo"), finishedWithFailure(cause(instanceOf(GateConfigurationException.class),
				message("Unknown service [alway]; declared services are [always, local-port, needs-variable] (in "
						+ "testgov-services.properties and ServiceDefinitionProvider implementations); "
						+ "check the name or declare it")))));
	}

	@Test
	void failsInsteadOfSkippingUnderStrictMode() {
		execute(MethodLevelTestCase.class, Map.of("testgov.strict", "requires_service")).testEvents().assertThatEvents()
			.haveExactly(1, event(test("missingVariable"), finishedWithFailure(cause(instanceOf(GateClosedException.class),
				message(MISSING_VARIABLE + " (strict mode [testgov.strict=requires_service] makes requires_service fail "
						+ "instead of skip)")))));
	}

	private static int closedPort() throws IOException {
		try (ServerSocket port = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return port.getLocalPort();
		}
	}

	static EngineExecutionResults execute(Class<?> testCase, Map<String, String> parameters) {
		EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testCase))
			.configurationParameter("testgov.strict", "none");
		parameters.forEach(kit::configurationParameter);
		return kit.execute();
	}

	static class MethodLevelTestCase {

		@Test
		@RequiresService("always")
		void available() {
		}

		@Test
		@RequiresService("needs-variable")
		void missingVariable() {
		}

		@Test
		@RequiresService(value = "needs-variable", disabledReason = "needs the test variable")
		void withUserReason() {
		}

		@Test
		@RequiresService("always")
		@RequiresService("needs-variable")
		void repeated() {
		}

		@Test
		void ungated() {
		}
	}

	@RequiresService("needs-variable")
	static class ClassLevelTestCase {

		@BeforeAll
		static void startTheService() {
			throw new IllegalStateException("@BeforeAll must not run in a skipped class");
		}

		@Test
		void first() {
		}

		@Test
		void second() {
		}
	}

	@Target({ TYPE, METHOD })
	@Retention(RUNTIME)
	@Tag("local_port")
	@RequiresService("local-port")
	@interface RequiresLocalPort {
	}

	static class ComposedTestCase {

		@Test
		@RequiresLocalPort
		void usesThePort() {
		}
	}

	static class UnknownServiceTestCase {

		@Test
		@RequiresService("alway")
		void typo() {
		}
	}
}
