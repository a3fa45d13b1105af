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

class RequiresEnvConditionTests {

	@Test
	void closedNamingTheMissingVariable() {
		assertClosed(evaluate("database", Map.of(), Map.of()),
			"@RequiresEnv: environment variable or system property [DB_URL] is not set; set it to run this test");
	}

	@Test
	void closedNamingEveryMissingVariable() {
		assertClosed(evaluate("databaseWithUser", Map.of(), Map.of("DB_USER", "")), "@RequiresEnv: environment variable "
				+ "or system property [DB_URL] is not set and [DB_USER] is blank; set them to run this test");
	}

	@Test
	void openWhenSetAsPropertyOrVariable() {
		ConditionEvaluationResult result = evaluate("databaseWithUser", Map.of("DB_URL", "jdbc:h2:mem:"), Map.of("DB_USER", "sa"));

		assertThat(result.isDisabled()).isFalse();
		assertThat(result.getReason())
			.contains("@RequiresEnv: environment variables or system properties [DB_URL, DB_USER] are set");
	}

	@Test
	void repeatedAnnotationsAreAllChecked() {
		assertClosed(evaluate("repeated", Map.of("DB_URL", "jdbc:h2:mem:"), Map.of()), "@RequiresEnv: environment variable "
				+ "or system property [DB_USER] is not set; set it to run this test ==> the user is separate");
	}

	@Test
	void emptyValueFails() {
		assertThatThrownBy(() -> evaluate("empty", Map.of(), Map.of()))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("@RequiresEnv(value) is empty; name at least one variable");
	}

	private static void assertClosed(ConditionEvaluationResult result, String reason) {
		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason()).contains(reason);
	}

	private static ConditionEvaluationResult evaluate(String method, Map<String, String> parameters,
			Map<String, String> variables) {
		Environment environment = StubEnvironment.of(parameters, variables);
		RequiresEnvCondition condition = new RequiresEnvCondition().withEnvironment(environment);
		return condition.evaluateExecutionCondition(contextFor(method(Annotated.class, method)));
	}

	static class Annotated {

		@RequiresEnv("DB_URL")
		void database() {
		}

		@RequiresEnv({ "DB_URL", "DB_USER" })
		void databaseWithUser() {
		}

		@RequiresEnv("DB_URL")
		@RequiresEnv(value = "DB_USER", disabledReason = "the user is separate")
		void repeated() {
		}

		@RequiresEnv({})
		void empty() {
		}
	}
}
