package dev.testgov.junit;

import static dev.testgov.junit.GateTestKit.gateTestKit;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Many gated tests evaluated concurrently by Jupiter's parallel executor give the same counts and reasons. */
class ParallelGatesIntegrationTests {

	private static final String PRESENT = "TESTGOV_KIT_PRESENT";
	private static final String MISSING = "TESTGOV_KIT_MISSING";
	private static final String API_KEY = "TESTGOV_KIT_API_KEY";
	private static final String KEY = "sk-canary-1234567890";
	private static final String MANUAL = "@Manual: system property [testgov.manual] is [false], not true; "
			+ "run with -Dtestgov.manual=true or set RUN_MANUAL_TESTS=1";
	private static final String ENV = "@RequiresEnv: environment variable or system property [TESTGOV_KIT_MISSING] "
			+ "is not set; set it to run this test";
	private static final String LIVE_API = "@LiveApi: environment variable or system property [TESTGOV_KIT_MISSING] "
			+ "is not set; set it to run live API tests";
	private static final String TRANSIENT = "@LiveApi: the provider failed transiently [IllegalStateException: HTTP 429]; "
			+ "rerun when the provider recovers (matched [HTTP 429/503/529])";

	@Test
	void countsAndReasonsHoldUnderParallelExecution() {
		EngineExecutionResults results = gateTestKit().parallel().with("testgov.manual", "false").with(PRESENT, "yes")
			.with(API_KEY, KEY).run(ManyGatesTestCase.class, ClosedClassTestCase.class, RendezvousTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.skipped(6).started(62).succeeded(22).aborted(20).failed(20));
		results.testEvents().assertThatEvents()
			.haveExactly(2, event(test(), skippedWithReason(MANUAL)))
			.haveExactly(2, event(test(), skippedWithReason(ENV)))
			.haveExactly(2, event(test(), skippedWithReason(LIVE_API)))
			.haveExactly(20, event(test("transientFailure"), abortedWithReason(message(TRANSIENT))))
			.haveExactly(20, event(test("leak"), finishedWithFailure(message("401 for key ****"))))
			.haveExactly(20, event(test("open"), finishedSuccessfully()))
			.haveExactly(2, event(test("meet"), finishedSuccessfully()));
		results.containerEvents().assertThatEvents()
			.haveExactly(1, event(container(ClosedClassTestCase.class), skippedWithReason(ENV)));
	}

	static class ManyGatesTestCase {

		@RepeatedTest(20)
		@RequiresEnv(PRESENT)
		@LiveApi
		void open() {
		}

		@RepeatedTest(20)
		@LiveApi
		void transientFailure() {
			throw new IllegalStateException("HTTP 429");
		}

		@RepeatedTest(20)
		@LiveApi(API_KEY)
		void leak() {
			throw new IllegalStateException("401 for key " + KEY);
		}

		@Test
		@Manual
		void manualOne() {
		}

		@Test
		@Manual
		void manualTwo() {
		}

		@Test
		@RequiresEnv(MISSING)
		void envOne() {
		}

		@Test
		@RequiresEnv({ PRESENT, MISSING })
		void envTwo() {
		}

		@Test
		@LiveApi(MISSING)
		void liveApiOne() {
		}

		@Test
		@LiveApi({ MISSING, API_KEY })
		void liveApiTwo() {
		}
	}

	@RequiresEnv(MISSING)
	static class ClosedClassTestCase {

		@Test
		void never() {
		}
	}

	/** Two tests that pass only if they run at the same time: proof that the run really was parallel. */
	static class RendezvousTestCase {

		private static CyclicBarrier barrier;

		@BeforeAll
		static void createBarrier() {
			barrier = new CyclicBarrier(2);
		}

		@RepeatedTest(2)
		@RequiresEnv(PRESENT)
		void meet() throws Exception {
			barrier.await(10, TimeUnit.SECONDS);
		}
	}
}
