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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @Manual} through real Jupiter runs; {@code testgov.manual=false} keeps {@code RUN_MANUAL_TESTS} out. */
class ManualIntegrationTests {

	private static final String HOW_TO_ENABLE = "; run with -Dtestgov.manual=true or set RUN_MANUAL_TESTS=1";
	private static final String CLOSED = "@Manual: system property [testgov.manual] is [false], not true" + HOW_TO_ENABLE;

	@Test
	@DisabledIfEnvironmentVariable(named = "RUN_MANUAL_TESTS", matches = ".*",
		disabledReason = "RUN_MANUAL_TESTS is set, so the gate cannot be seen with nothing set")
	void skipsWhenNothingIsSet() {
		EngineExecutionResults results = gateTestKit().run(MethodLevelTestCase.class);

		results.testEvents().assertThatEvents().haveExactly(1, event(test("manual"),
			skippedWithReason("@Manual: system property [testgov.manual] is not set" + HOW_TO_ENABLE)));
	}

	@Test
	void methodLevelSkipsOnlyThatMethod() {
		EngineExecutionResults results = closed().run(MethodLevelTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.skipped(1).started(1).succeeded(1));
		results.testEvents().assertThatEvents().haveExactly(1, event(test("manual"), skippedWithReason(CLOSED)));
		assertThat(lifecycleCalls(results, "beforeAll")).isEqualTo(1);
	}

	@Test
	void classLevelSkipsTheClassWithoutRunningBeforeAll() {
		EngineExecutionResults results = closed().run(ClassLevelTestCase.class);

		results.containerEvents().assertThatEvents()
			.haveExactly(1, event(container(ClassLevelTestCase.class), skippedWithReason(CLOSED)));
		results.testEvents().assertStatistics(stats -> stats.started(0).skipped(0));
		assertThat(lifecycleCalls(results, "beforeAll")).isZero();
	}

	@Test
	void subclassInheritsTheGate() {
		EngineExecutionResults results = closed().run(InheritedTestCase.class);

		results.containerEvents().assertThatEvents()
			.haveExactly(1, event(container(InheritedTestCase.class), skippedWithReason(CLOSED)));
		results.testEvents().assertStatistics(stats -> stats.started(0));
	}

	@Test
	void composedAnnotationAppendsItsValue() {
		EngineExecutionResults results = closed().run(ComposedTestCase.class);

		results.testEvents().assertThatEvents().haveExactly(1,
			event(test("comparePdf"), skippedWithReason(CLOSED + " ==> check the PDF by eye")));
	}

	@Test
	void optInRunsEverything() {
		EngineExecutionResults results = gateTestKit().with("testgov.manual", "true")
			.run(MethodLevelTestCase.class, ClassLevelTestCase.class, InheritedTestCase.class, ComposedTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(6).skipped(0));
		results.containerEvents().assertStatistics(stats -> stats.skipped(0).failed(0));
	}

	@Test
	void strictManualFailsTheTest() {
		EngineExecutionResults results = closed().strict("manual").run(MethodLevelTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.started(2).failed(1).succeeded(1).skipped(0));
		results.testEvents().assertThatEvents().haveExactly(1, event(test("manual"),
			finishedWithFailure(cause(instanceOf(GateClosedException.class),
				message(CLOSED + " (strict mode [testgov.strict=manual] makes manual fail instead of skip)")))));
	}

	@Test
	void strictAllDoesNotCoverManual() {
		EngineExecutionResults results = closed().strict("all").run(MethodLevelTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.skipped(1).succeeded(1).failed(0));
		results.testEvents().assertThatEvents().haveExactly(1, event(test("manual"), skippedWithReason(CLOSED)));
	}

	@Test
	void invalidValueFailsInsteadOfSkipping() {
		EngineExecutionResults results = gateTestKit().with("testgov.manual", "yes").run(MethodLevelTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.failed(1).succeeded(1).skipped(0));
		results.testEvents().assertThatEvents().haveExactly(1, event(test("manual"),
			finishedWithFailure(cause(instanceOf(GateConfigurationException.class),
				message("@Manual: system property [testgov.manual] has an invalid value [yes]; "
						+ "use true or 1 to run manual tests, false or 0 to skip them")))));
	}

	private static GateTestKit closed() {
		return gateTestKit().with("testgov.manual", "false");
	}

	@Retention(RUNTIME)
	@Target({ TYPE, METHOD })
	@Manual("check the PDF by eye")
	@interface VisualCheck {
	}

	static class MethodLevelTestCase {

		@BeforeAll
		static void beforeAll(TestReporter reporter) {
			lifecycle(reporter, "beforeAll");
		}

		@Test
		@Manual
		void manual() {
		}

		@Test
		void automated() {
		}
	}

	@Manual
	static class ClassLevelTestCase {

		@BeforeAll
		static void beforeAll(TestReporter reporter) {
			lifecycle(reporter, "beforeAll");
		}

		@Test
		void first() {
		}

		@Test
		void second() {
		}
	}

	@Manual
	abstract static class ManualBase {

		@Test
		void inherited() {
		}
	}

	static class InheritedTestCase extends ManualBase {
	}

	static class ComposedTestCase {

		@Test
		@VisualCheck
		void comparePdf() {
		}
	}
}
