package dev.testgov.junit;

import static dev.testgov.junit.GateTestKit.gateTestKit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.TestAbortedException;

/** A credential's value never reaches JUnit's report, whatever the test throws, and the outcome keeps its kind. */
class LiveApiSecretsIntegrationTests {

	private static final String KEY = "sk-canary-1234567890";

	private static EngineExecutionResults results;

	@BeforeAll
	static void runFixture() {
		results = gateTestKit().with("TESTGOV_KIT_API_KEY", KEY).run(LeakingTestCase.class);
	}

	@Test
	void errorIsMaskedInItsMessageAndEveryCause() {
		Throwable thrown = thrown("error", Status.FAILED);

		assertThat(thrown).isNotInstanceOf(AssertionError.class)
			.hasToString("java.lang.RuntimeException: 401 for key ****");
		assertThat(thrown.getCause()).hasToString("java.lang.IllegalArgumentException: rejected ****");
		assertNoValueIn(thrown);
	}

	@Test
	void assertionStaysAnAssertion() {
		Throwable thrown = thrown("assertion", Status.FAILED);

		assertThat(thrown).isInstanceOf(AssertionError.class)
			.hasMessage("wrong key ==> expected: <sk-other-key> but was: <****>");
		assertNoValueIn(thrown);
	}

	@Test
	void transientFailureIsMaskedInTheReasonAndTheCause() {
		Throwable thrown = thrown("transientFailure", Status.ABORTED);

		assertThat(thrown).isInstanceOf(TestAbortedException.class)
			.hasMessageStartingWith("@LiveApi: the provider failed transiently "
					+ "[RuntimeException: 429 Too Many Requests for key ****]; rerun when the provider recovers");
		assertThat(thrown.getCause()).hasToString("java.lang.RuntimeException: 429 Too Many Requests for key ****");
		assertNoValueIn(thrown);
	}

	@Test
	void failedAssumptionStaysAborted() {
		Throwable thrown = thrown("assumption", Status.ABORTED);

		assertThat(thrown).isInstanceOf(TestAbortedException.class)
			.hasMessage("Assumption failed: key **** is for staging");
		assertNoValueIn(thrown);
	}

	@Test
	void failureWithoutTheValueIsUntouched() {
		assertThat(thrown("unrelated", Status.FAILED)).isExactlyInstanceOf(IllegalStateException.class)
			.hasMessage("HTTP 401 Unauthorized");
	}

	private static Throwable thrown(String method, Status status) {
		Event finished = results.testEvents().finished().filter(event -> event.getTestDescriptor().getDisplayName()
			.equals(method + "()")).findFirst().orElseThrow();
		TestExecutionResult result = finished.getRequiredPayload(TestExecutionResult.class);
		assertThat(result.getStatus()).isEqualTo(status);
		return result.getThrowable().orElseThrow();
	}

	private static void assertNoValueIn(Throwable thrown) {
		StringWriter printed = new StringWriter();
		thrown.printStackTrace(new PrintWriter(printed));
		assertThat(printed.toString()).doesNotContain(KEY).contains("****");
	}

	@LiveApi("TESTGOV_KIT_API_KEY")
	static class LeakingTestCase {

		@Test
		void error() {
			throw new RuntimeException("401 for key " + KEY, new IllegalArgumentException("rejected " + KEY));
		}

		@Test
		void assertion() {
			assertEquals("sk-other-key", KEY, "wrong key");
		}

		@Test
		void transientFailure() {
			throw new RuntimeException("429 Too Many Requests for key " + KEY);
		}

		@Test
		void assumption() {
			assumeTrue(false, "key " + KEY + " is for staging");
		}

		@Test
		void unrelated() {
			throw new IllegalStateException("HTTP 401 Unauthorized");
		}
	}
}
