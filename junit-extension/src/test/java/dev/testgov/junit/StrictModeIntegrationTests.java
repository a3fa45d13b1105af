package dev.testgov.junit;

import static dev.testgov.junit.GateTestKit.gateTestKit;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.cause;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Strict mode through real Jupiter runs: closed gates fail instead of skipping, and a bad setting fails loudly. */
class StrictModeIntegrationTests {

	private static final String URL = "TESTGOV_KIT_DB_URL";
	private static final String PRESENT = "TESTGOV_KIT_PRESENT";
	private static final String API_KEY = "TESTGOV_KIT_API_KEY";
	private static final String URL_NOT_SET = "@RequiresEnv: environment variable or system property [TESTGOV_KIT_DB_URL] "
			+ "is not set; set it to run this test";
	private static final String API_KEY_NOT_SET = "@LiveApi: environment variable or system property [TESTGOV_KIT_API_KEY] "
			+ "is not set; set it to run live API tests";

	@Test
	void strictGateFailsWhileOthersStillSkip() {
		EngineExecutionResults results = kit().strict("requires_env").run(GatedTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.failed(1).skipped(1).succeeded(2));
		results.testEvents().assertThatEvents()
			.haveExactly(1, event(test("missingVariable"), finishedWithFailure(cause(instanceOf(GateClosedException.class),
				message(URL_NOT_SET + " (strict mode [testgov.strict=requires_env] makes requires_env fail instead of skip)")))))
			.haveExactly(1, event(test("liveApi"), skippedWithReason(API_KEY_NOT_SET)));
	}

	@Test
	void strictAllFailsEveryClosedGate() {
		EngineExecutionResults results = kit().strict("all").run(GatedTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.failed(2).skipped(0).succeeded(2));
		results.testEvents().assertThatEvents().haveExactly(1, event(test("liveApi"), finishedWithFailure(cause(
			message(API_KEY_NOT_SET + " (strict mode [testgov.strict=all] makes live_api fail instead of skip)")))));
	}

	@Test
	void strictClassLevelGateFailsTheClass() {
		EngineExecutionResults results = kit().strict("requires_env").run(ClassLevelTestCase.class);

		results.containerEvents().assertThatEvents().haveExactly(1, event(container(ClassLevelTestCase.class),
			finishedWithFailure(cause(instanceOf(GateClosedException.class), message(URL_NOT_SET
					+ " (strict mode [testgov.strict=requires_env] makes requires_env fail instead of skip)")))));
		results.testEvents().assertStatistics(stats -> stats.started(0));
	}

	@Test
	void unknownGateFailsEveryGatedTest() {
		EngineExecutionResults results = kit().strict("requres_docker").run(GatedTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.failed(3).skipped(0).succeeded(1));
		results.testEvents().assertThatEvents()
			.haveExactly(3, event(test(), finishedWithFailure(cause(instanceOf(GateConfigurationException.class), message(
				"Strict mode testgov.strict names an unknown gate [requres_docker]; use a comma-separated list of "
						+ "requires_docker, live_api, manual, requires_service, requires_env, or all, or none")))))
			.haveExactly(1, event(test("ungated"), finishedSuccessfully()));
	}

	private static GateTestKit kit() {
		return gateTestKit().with(PRESENT, "yes");
	}

	static class GatedTestCase {

		@Test
		@RequiresEnv(URL)
		void missingVariable() {
		}

		@Test
		@RequiresEnv(PRESENT)
		void presentVariable() {
		}

		@Test
		@LiveApi(API_KEY)
		void liveApi() {
		}

		@Test
		void ungated() {
		}
	}

	@RequiresEnv(URL)
	static class ClassLevelTestCase {

		@Test
		void query() {
		}
	}
}
