package dev.testgov.junit;

import static dev.testgov.junit.StubContexts.contextFor;
import static dev.testgov.junit.StubContexts.method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import dev.testgov.junit.internal.Environment;
import dev.testgov.junit.internal.StubEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

class LiveApiExtensionTests {

	private static final String KEY = "sk-canary-1234567890";

	@Test
	void closedWhenTheCredentialIsNotSet() {
		assertClosed(evaluate("openAi", Map.of(), Map.of()), "@LiveApi: environment variable or system property "
				+ "[OPENAI_API_KEY] is not set; set it to run live API tests");
	}

	@Test
	void closedWhenTwoCredentialsAreNotSet() {
		assertClosed(evaluate("openAiWithOrganization", Map.of(), Map.of()), "@LiveApi: environment variables or system "
				+ "properties [OPENAI_API_KEY, OPENAI_ORG_ID] are not set; set them to run live API tests");
	}

	@Test
	void closedWhenACredentialIsBlank() {
		assertClosed(evaluate("openAiWithOrganization", Map.of("OPENAI_API_KEY", KEY), Map.of("OPENAI_ORG_ID", " ")),
			"@LiveApi: environment variable or system property [OPENAI_ORG_ID] is blank; set it to run live API tests");
	}

	@Test
	void appendsTheUserReason() {
		assertClosed(evaluate("withReason", Map.of(), Map.of()), "@LiveApi: environment variable or system property "
				+ "[OPENAI_API_KEY] is not set; set it to run live API tests ==> costs money");
	}

	@Test
	void openWhenCredentialsAreSetAsPropertyOrVariable() {
		ConditionEvaluationResult result = evaluate("openAiWithOrganization", Map.of("OPENAI_API_KEY", KEY),
			Map.of("OPENAI_ORG_ID", "org-1234"));

		assertThat(result.isDisabled()).isFalse();
		assertThat(result.getReason())
			.contains("@LiveApi: environment variables or system properties [OPENAI_API_KEY, OPENAI_ORG_ID] are set");
		assertThat(evaluate("openAi", Map.of("OPENAI_API_KEY", KEY), Map.of()).getReason())
			.contains("@LiveApi: environment variable or system property [OPENAI_API_KEY] is set");
	}

	@Test
	void openWithoutCredentials() {
		assertThat(evaluate("noCredentials", Map.of(), Map.of()).getReason()).contains("@LiveApi: no credentials are declared");
	}

	@Test
	void invalidPatternFailsEvenWhenTheGateIsClosed() {
		assertThatThrownBy(() -> evaluate("invalidPattern", Map.of(), Map.of()))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessageStartingWith("@LiveApi(transientFailures) contains an invalid regular expression [(?<broken]");
	}

	@Test
	void transientFailureAbortsWithTheMaskedCause() {
		assertThatThrownBy(() -> extension(Map.of("OPENAI_API_KEY", KEY)).handleTestExecutionException(
			contextFor(method(Annotated.class, "openAi")), new IllegalStateException("HTTP 429 for " + KEY)))
			.isInstanceOf(TestAbortedException.class)
			.hasMessage("@LiveApi: the provider failed transiently [IllegalStateException: HTTP 429 for ****]; "
					+ "rerun when the provider recovers (matched [HTTP 429/503/529])")
			.cause().hasToString("java.lang.IllegalStateException: HTTP 429 for ****");
	}

	@Test
	void leavesFailuresOfUngatedTestsAlone() {
		IllegalStateException thrown = new IllegalStateException("HTTP 429 for " + KEY);

		assertThatThrownBy(() -> extension(Map.of("OPENAI_API_KEY", KEY))
			.handleTestExecutionException(contextFor(method(Annotated.class, "ungated")), thrown)).isSameAs(thrown);
	}

	private static void assertClosed(ConditionEvaluationResult result, String reason) {
		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason()).contains(reason);
	}

	private static ConditionEvaluationResult evaluate(String method, Map<String, String> parameters,
			Map<String, String> variables) {
		LiveApiExtension extension = extension(StubEnvironment.of(parameters, variables));
		return extension.evaluateExecutionCondition(contextFor(method(Annotated.class, method)));
	}

	private static LiveApiExtension extension(Map<String, String> parameters) {
		return extension(StubEnvironment.parameters(parameters));
	}

	private static LiveApiExtension extension(Environment environment) {
		return new LiveApiExtension().withEnvironment(environment);
	}

	static class Annotated {

		@LiveApi("OPENAI_API_KEY")
		void openAi() {
		}

		@LiveApi({ "OPENAI_API_KEY", "OPENAI_ORG_ID" })
		void openAiWithOrganization() {
		}

		@LiveApi(value = "OPENAI_API_KEY", disabledReason = "costs money")
		void withReason() {
		}

		@LiveApi
		void noCredentials() {
		}

		@LiveApi(value = "OPENAI_API_KEY", transientFailures = "(?<broken")
		void invalidPattern() {
		}

		void ungated() {
		}
	}
}
