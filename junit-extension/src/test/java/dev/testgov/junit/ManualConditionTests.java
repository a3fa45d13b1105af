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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManualConditionTests {

	private static final String HOW_TO_ENABLE = "; run with -Dtestgov.manual=true or set RUN_MANUAL_TESTS=1";
	private static final String NOT_SET = "@Manual: system property [testgov.manual] is not set" + HOW_TO_ENABLE;

	@ParameterizedTest
	@ValueSource(strings = { "true", "1", " TRUE " })
	void propertyOpens(String value) {
		ConditionEvaluationResult result = evaluate("manual", Map.of("testgov.manual", value), Map.of());

		assertThat(result.isDisabled()).isFalse();
		assertThat(result.getReason()).contains("@Manual: system property [testgov.manual] is [" + value.trim().toLowerCase() + "]");
	}

	@ParameterizedTest
	@ValueSource(strings = { "false", "0" })
	void propertyCloses(String value) {
		assertClosed(evaluate("manual", Map.of("testgov.manual", value), Map.of()),
			"@Manual: system property [testgov.manual] is [" + value + "], not true" + HOW_TO_ENABLE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  " })
	void blankPropertyCloses(String value) {
		assertClosed(evaluate("manual", Map.of("testgov.manual", value), Map.of()),
			"@Manual: system property [testgov.manual] is [], not true" + HOW_TO_ENABLE);
	}

	@Test
	void variableOpensWhenPropertyIsAbsent() {
		ConditionEvaluationResult result = evaluate("manual", Map.of(), Map.of("RUN_MANUAL_TESTS", "1"));

		assertThat(result.isDisabled()).isFalse();
		assertThat(result.getReason()).contains("@Manual: environment variable [RUN_MANUAL_TESTS] is [1]");
	}

	@Test
	void variableClosesWhenZero() {
		assertClosed(evaluate("manual", Map.of(), Map.of("RUN_MANUAL_TESTS", "0")),
			"@Manual: environment variable [RUN_MANUAL_TESTS] is [0], not 1" + HOW_TO_ENABLE);
	}

	@Test
	void propertyBeatsVariable() {
		assertClosed(evaluate("manual", Map.of("testgov.manual", "false"), Map.of("RUN_MANUAL_TESTS", "1")),
			"@Manual: system property [testgov.manual] is [false], not true" + HOW_TO_ENABLE);
		assertThat(evaluate("manual", Map.of("testgov.manual", "true"), Map.of("RUN_MANUAL_TESTS", "0")).isDisabled())
			.isFalse();
	}

	@Test
	void closedWhenNeitherIsSet() {
		assertClosed(evaluate("manual", Map.of(), Map.of()), NOT_SET);
	}

	@Test
	void appendsTheAnnotationValue() {
		assertClosed(evaluate("manualWithValue", Map.of(), Map.of()), NOT_SET + " ==> check the PDF by eye");
	}

	@Test
	void invalidPropertyFailsNamingTheValue() {
		assertThatThrownBy(() -> evaluate("manual", Map.of("testgov.manual", "yes"), Map.of("RUN_MANUAL_TESTS", "1")))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("@Manual: system property [testgov.manual] has an invalid value [yes]; "
					+ "use true or 1 to run manual tests, false or 0 to skip them");
	}

	@Test
	void invalidVariableFailsNamingTheValue() {
		assertThatThrownBy(() -> evaluate("manual", Map.of(), Map.of("RUN_MANUAL_TESTS", "on")))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("@Manual: environment variable [RUN_MANUAL_TESTS] has an invalid value [on]; "
					+ "use true or 1 to run manual tests, false or 0 to skip them");
	}

	@Test
	void strictManualFailsInsteadOfSkipping() {
		assertThatThrownBy(() -> evaluate("manual", Map.of("testgov.strict", "manual"), Map.of()))
			.isInstanceOfSatisfying(GateClosedException.class, e -> assertThat(e.gate()).isEqualTo(Gate.MANUAL))
			.hasMessage(NOT_SET + " (strict mode [testgov.strict=manual] makes manual fail instead of skip)");
	}

	@Test
	void strictAllStillSkips() {
		assertClosed(evaluate("manual", Map.of("testgov.strict", "all"), Map.of()), NOT_SET);
	}

	@Test
	void enabledWithoutTheAnnotation() {
		assertThat(evaluate("ungated", Map.of(), Map.of()).isDisabled()).isFalse();
	}

	private static void assertClosed(ConditionEvaluationResult result, String reason) {
		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason()).contains(reason);
	}

	private static ConditionEvaluationResult evaluate(String method, Map<String, String> parameters,
			Map<String, String> variables) {
		Environment environment = StubEnvironment.of(parameters, variables);
		ManualCondition condition = new ManualCondition().withEnvironment(environment);
		return condition.evaluateExecutionCondition(contextFor(method(Annotated.class, method)));
	}

	static class Annotated {

		@Manual
		void manual() {
		}

		@Manual("check the PDF by eye")
		void manualWithValue() {
		}

		void ungated() {
		}
	}
}
