package dev.testgov.junit;

import static dev.testgov.junit.GateTestKit.gateTestKit;
import static dev.testgov.junit.GateTestKit.lifecycle;
import static dev.testgov.junit.GateTestKit.lifecycleCalls;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.cause;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.assertj.core.api.Condition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** {@code @RequiresEnv} through real Jupiter runs; the variables are configuration parameters of the run. */
class RequiresEnvIntegrationTests {

	static final String URL = "TESTGOV_KIT_DB_URL";
	static final String USER = "TESTGOV_KIT_DB_USER";
	private static final String URL_NOT_SET = "@RequiresEnv: environment variable or system property "
			+ "[TESTGOV_KIT_DB_URL] is not set; set it to run this test";

	@Test
	void skipsWhenTheVariableIsNotSet() {
		EngineExecutionResults results = gateTestKit().run(MethodLevelTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.skipped(1).started(1).succeeded(1));
		results.testEvents().assertThatEvents().haveExactly(1, event(test("database"), skippedWithReason(URL_NOT_SET)));
		assertThat(lifecycleCalls(results, "beforeAll")).isEqualTo(1);
	}

	@Test
	void skipsWhenTheVariableIsBlank() {
		EngineExecutionResults results = gateTestKit().with(URL, "").run(MethodLevelTestCase.class);

		results.testEvents().assertThatEvents().haveExactly(1, event(test("database"), skippedWithReason(
			"@RequiresEnv: environment variable or system property [TESTGOV_KIT_DB_URL] is blank; set it to run this test")));
	}

	@Test
	void runsWhenTheVariableIsSet() {
		EngineExecutionResults results = gateTestKit().with(URL, "jdbc:h2:mem:").run(MethodLevelTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2).skipped(0));
	}

	@Test
	void repeatedAnnotationsNameTheOneThatFails() {
		EngineExecutionResults results = gateTestKit().with(URL, "jdbc:h2:mem:").run(RepeatedTestCase.class);

		results.testEvents().assertThatEvents().haveExactly(1, event(test("database"), skippedWithReason(
			"@RequiresEnv: environment variable or system property [TESTGOV_KIT_DB_USER] is not set; set it to run this test")));
		gateTestKit().with(URL, "jdbc:h2:mem:").with(USER, "sa").run(RepeatedTestCase.class)
			.testEvents().assertStatistics(stats -> stats.succeeded(1).skipped(0));
	}

	@Test
	void composedAnnotationAppendsItsReason() {
		EngineExecutionResults results = gateTestKit().run(ComposedTestCase.class);

		results.testEvents().assertThatEvents().haveExactly(1,
			event(test("migrate"), skippedWithReason(URL_NOT_SET + " ==> needs the staging database")));
	}

	@Test
	void classLevelSkipsTheClassWithoutRunningBeforeAll() {
		EngineExecutionResults results = gateTestKit().run(ClassLevelTestCase.class);

		results.containerEvents().assertThatEvents()
			.haveExactly(1, event(container(ClassLevelTestCase.class), skippedWithReason(URL_NOT_SET)));
		results.testEvents().assertStatistics(stats -> stats.started(0));
		assertThat(lifecycleCalls(results, "beforeAll")).isZero();
	}

	@Test
	void misconfigurationFailsNamingTheAttributeAndValue() {
		EngineExecutionResults results = gateTestKit().run(MisconfiguredTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.started(4).failed(4).skipped(0));
		results.testEvents().assertThatEvents()
			.haveExactly(1, event(test("blankName"), failedWith(
				"@RequiresEnv(value) contains a blank variable name []; name an environment variable or system property")))
			.haveExactly(1, event(test("malformedName"), failedWith("@RequiresEnv(value) contains an invalid variable name "
					+ "[MY VAR]; names are letters, digits, '_', '.' or '-', not starting with a digit")))
			.haveExactly(1, event(test("duplicateName"), failedWith(
				"@RequiresEnv(value) names the variable [TESTGOV_KIT_DB_URL] twice; list each variable once")))
			.haveExactly(1, event(test("noName"), failedWith("@RequiresEnv(value) is empty; name at least one variable")));
	}

	private static Condition<Event> failedWith(String message) {
		return finishedWithFailure(cause(instanceOf(GateConfigurationException.class), message(message)));
	}

	@Retention(RUNTIME)
	@Target({ TYPE, METHOD })
	@RequiresEnv(value = URL, disabledReason = "needs the staging database")
	@interface StagingDatabase {
	}

	static class MethodLevelTestCase {

		@BeforeAll
		static void beforeAll(TestReporter reporter) {
			lifecycle(reporter, "beforeAll");
		}

		@Test
		@RequiresEnv(URL)
		void database() {
		}

		@Test
		void inMemory() {
		}
	}

	static class RepeatedTestCase {

		@Test
		@RequiresEnv(URL)
		@RequiresEnv(USER)
		void database() {
		}
	}

	static class ComposedTestCase {

		@Test
		@StagingDatabase
		void migrate() {
		}
	}

	@RequiresEnv(URL)
	static class ClassLevelTestCase {

		@BeforeAll
		static void beforeAll(TestReporter reporter) {
			lifecycle(reporter, "beforeAll");
		}

		@Test
		void query() {
		}
	}

	static class MisconfiguredTestCase {

		@Test
		@RequiresEnv("")
		void blankName() {
		}

		@Test
		@RequiresEnv("MY VAR")
		void malformedName() {
		}

		@Test
		@RequiresEnv({ URL, URL })
		void duplicateName() {
		}

		@Test
		@RequiresEnv({})
		void noName() {
		}
	}
}
