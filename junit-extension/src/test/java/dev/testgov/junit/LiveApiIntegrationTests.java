package dev.testgov.junit;

import static dev.testgov.junit.GateTestKit.gateTestKit;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.cause;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.testgov.junit.internal.TransientFailures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** {@code @LiveApi} through real Jupiter runs: credentials, transient failures, misconfiguration. */
class LiveApiIntegrationTests {

	static final String API_KEY = "TESTGOV_KIT_API_KEY";
	static final String ORG_ID = "TESTGOV_KIT_ORG_ID";
	static final String KEY = "sk-canary-1234567890";

	@Test
	void skipsWhenTheCredentialIsNotSet() {
		assertSkipped(gateTestKit().run(OneCredentialTestCase.class), "@LiveApi: environment variable or system property "
				+ "[TESTGOV_KIT_API_KEY] is not set; set it to run live API tests");
	}

	@Test
	void skipsWhenTwoCredentialsAreNotSet() {
		assertSkipped(gateTestKit().run(TwoCredentialsTestCase.class), "@LiveApi: environment variables or system "
				+ "properties [TESTGOV_KIT_API_KEY, TESTGOV_KIT_ORG_ID] are not set; set them to run live API tests");
	}

	@Test
	void skipsNamingOnlyTheMissingCredential() {
		assertSkipped(gateTestKit().with(API_KEY, KEY).run(TwoCredentialsTestCase.class), "@LiveApi: environment "
				+ "variable or system property [TESTGOV_KIT_ORG_ID] is not set; set it to run live API tests");
	}

	@Test
	void skipsWhenTheCredentialIsBlank() {
		assertSkipped(gateTestKit().with(API_KEY, " ").run(OneCredentialTestCase.class), "@LiveApi: environment "
				+ "variable or system property [TESTGOV_KIT_API_KEY] is blank; set it to run live API tests");
	}

	@Test
	void runsWhenCredentialsAreSet() {
		EngineExecutionResults results = gateTestKit().with(API_KEY, KEY).with(ORG_ID, "org-1234")
			.run(OneCredentialTestCase.class, TwoCredentialsTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2).skipped(0));
	}

	@Test
	void transientProviderFailuresAbort() {
		EngineExecutionResults results = gateTestKit().run(TransientTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.started(7).aborted(4).failed(3));
		results.testEvents().assertThatEvents()
			.haveExactly(1, event(test("tooManyRequests"), abortedWithReason(instanceOf(TestAbortedException.class),
				message("@LiveApi: the provider failed transiently [IllegalStateException: HTTP 429 Too Many Requests]; "
						+ "rerun when the provider recovers (matched [HTTP 429/503/529])"),
				cause(instanceOf(IllegalStateException.class), message("HTTP 429 Too Many Requests")))))
			.haveExactly(1, event(test("quota"), abortedWithReason(message(
				transientReason("RuntimeException: You exceeded your current quota, please check your plan", 3)))))
			.haveExactly(1, event(test("overloaded"), abortedWithReason(message(
				transientReason("RuntimeException: overloaded_error", 5)))))
			.haveExactly(1, event(test("wrapped"), abortedWithReason(message(
				transientReason("IOException: Rate limit reached for gpt-4o", 2)), cause(instanceOf(UncheckedIOException.class)))));
	}

	@Test
	void otherFailuresStillFail() {
		EngineExecutionResults results = gateTestKit().run(TransientTestCase.class);

		results.testEvents().assertThatEvents()
			.haveExactly(1, event(test("assertionAboutRateLimit"), finishedWithFailure(instanceOf(AssertionFailedError.class),
				message("expected a rate limit header"))))
			.haveExactly(1, event(test("indexOutOfBounds"), finishedWithFailure(
				instanceOf(IndexOutOfBoundsException.class), message("Index 429 out of bounds for length 3"))))
			.haveExactly(1, event(test("serverBusy"), finishedWithFailure(message("Server busy, try later"))));
	}

	@Test
	void transientFailureInBeforeEachAborts() {
		EngineExecutionResults results = gateTestKit().run(TransientBeforeEachTestCase.class);

		results.testEvents().assertThatEvents().haveExactly(1, event(test("call"),
			abortedWithReason(message(transientReason("IllegalStateException: HTTP 529 from the provider", 0)))));
	}

	@Test
	void userPatternFromTheAnnotationAborts() {
		EngineExecutionResults results = gateTestKit().run(UserPatternTestCase.class);

		results.testEvents().assertThatEvents().haveExactly(1, event(test("busy"), abortedWithReason(message(
			"@LiveApi: the provider failed transiently [RuntimeException: Server busy, try later]; "
					+ "rerun when the provider recovers (matched pattern [(?i)server busy])"))));
	}

	@Test
	void userPatternFromTheParameterAborts() {
		EngineExecutionResults results = gateTestKit().with("testgov.liveApi.transientPattern", "(?i)busy, try later")
			.run(TransientTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.aborted(5).failed(2));
		results.testEvents().assertThatEvents().haveExactly(1, event(test("serverBusy"), abortedWithReason(message(
			"@LiveApi: the provider failed transiently [IllegalStateException: Server busy, try later]; "
					+ "rerun when the provider recovers (matched pattern [(?i)busy, try later])"))));
	}

	@Test
	void misconfigurationFailsNamingTheAttributeAndValue() {
		EngineExecutionResults results = gateTestKit().run(MisconfiguredTestCase.class);

		results.testEvents().assertStatistics(stats -> stats.started(3).failed(3).skipped(0));
		results.testEvents().assertThatEvents()
			.haveExactly(1, event(test("invalidPattern"), finishedWithFailure(cause(instanceOf(GateConfigurationException.class),
				message("@LiveApi(transientFailures) contains an invalid regular expression [([unclosed]: "
						+ "Unclosed character class")))))
			.haveExactly(1, event(test("blankCredential"), finishedWithFailure(cause(instanceOf(GateConfigurationException.class),
				message("@LiveApi(value) contains a blank variable name []; name an environment variable or system property")))))
			.haveExactly(1, event(test("malformedCredential"), finishedWithFailure(cause(message(
				"@LiveApi(value) contains an invalid variable name [OPENAI API KEY]; "
						+ "names are letters, digits, '_', '.' or '-', not starting with a digit")))));
	}

	@Test
	void invalidPatternParameterFailsNamingTheParameter() {
		EngineExecutionResults results = gateTestKit().with(API_KEY, KEY).with("testgov.liveApi.transientPattern", "*busy")
			.run(OneCredentialTestCase.class);

		results.testEvents().assertThatEvents().haveExactly(1, event(test("call"), finishedWithFailure(
			cause(instanceOf(GateConfigurationException.class), message("testgov.liveApi.transientPattern contains an "
					+ "invalid regular expression [*busy]: Dangling meta character '*'")))));
	}

	private static String transientReason(String cause, int builtInPattern) {
		return "@LiveApi: the provider failed transiently [" + cause + "]; rerun when the provider recovers (matched "
				+ TransientFailures.BUILT_IN.get(builtInPattern).describe() + ")";
	}

	private static void assertSkipped(EngineExecutionResults results, String reason) {
		results.testEvents().assertStatistics(stats -> stats.skipped(1).started(0));
		results.testEvents().assertThatEvents().haveExactly(1, event(test("call"), skippedWithReason(reason)));
	}

	static class OneCredentialTestCase {

		@Test
		@LiveApi(API_KEY)
		void call() {
		}
	}

	static class TwoCredentialsTestCase {

		@Test
		@LiveApi({ API_KEY, ORG_ID })
		void call() {
		}
	}

	@LiveApi
	static class TransientTestCase {

		@Test
		void tooManyRequests() {
			throw new IllegalStateException("HTTP 429 Too Many Requests");
		}

		@Test
		void quota() {
			throw new RuntimeException("You exceeded your current quota, please check your plan");
		}

		@Test
		void overloaded() {
			throw new RuntimeException("overloaded_error");
		}

		@Test
		void wrapped() {
			throw new UncheckedIOException("completion failed", new IOException("Rate limit reached for gpt-4o"));
		}

		@Test
		void assertionAboutRateLimit() {
			throw new AssertionFailedError("expected a rate limit header");
		}

		@Test
		void indexOutOfBounds() {
			throw new IndexOutOfBoundsException("Index 429 out of bounds for length 3");
		}

		@Test
		void serverBusy() {
			throw new IllegalStateException("Server busy, try later");
		}
	}

	@LiveApi
	static class TransientBeforeEachTestCase {

		@BeforeEach
		void connect() {
			throw new IllegalStateException("HTTP 529 from the provider");
		}

		@Test
		void call() {
		}
	}

	@LiveApi(transientFailures = "(?i)server busy")
	static class UserPatternTestCase {

		@Test
		void busy() {
			throw new RuntimeException("Server busy, try later");
		}
	}

	static class MisconfiguredTestCase {

		@Test
		@LiveApi(value = API_KEY, transientFailures = "([unclosed")
		void invalidPattern() {
		}

		@Test
		@LiveApi("")
		void blankCredential() {
		}

		@Test
		@LiveApi("OPENAI API KEY")
		void malformedCredential() {
		}
	}
}
