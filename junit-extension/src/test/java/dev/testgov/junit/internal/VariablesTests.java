package dev.testgov.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.testgov.junit.GateConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VariablesTests {

	private static final Environment ENVIRONMENT = StubEnvironment.of(
		Map.of("db.url", "jdbc:h2:mem:", "BLANK_PROPERTY", " ", "OVERRIDDEN", ""),
		Map.of("DB_USER", "sa", "BLANK_VARIABLE", "", "OVERRIDDEN", "set"));

	@Test
	void allPresentWhenEveryValueIsNonBlank() {
		Variables variables = check("db.url", "DB_USER");

		assertThat(variables.allPresent()).isTrue();
		assertThat(variables.missingItems()).isEmpty();
	}

	@Test
	void describesOneAbsentVariable() {
		Variables variables = check("db.url", "API_KEY");

		assertThat(variables.allPresent()).isFalse();
		assertThat(variables.describeMissing()).isEqualTo("environment variable or system property [API_KEY] is not set");
		assertThat(variables.pronoun()).isEqualTo("it");
	}

	@Test
	void describesSeveralAbsentVariables() {
		Variables variables = check("API_KEY", "ORG_ID");

		assertThat(variables.describeMissing())
			.isEqualTo("environment variables or system properties [API_KEY, ORG_ID] are not set");
		assertThat(variables.pronoun()).isEqualTo("them");
	}

	@Test
	void describesBlankVariables() {
		assertThat(check("BLANK_PROPERTY").describeMissing())
			.isEqualTo("environment variable or system property [BLANK_PROPERTY] is blank");
		assertThat(check("BLANK_PROPERTY", "BLANK_VARIABLE").describeMissing())
			.isEqualTo("environment variables or system properties [BLANK_PROPERTY, BLANK_VARIABLE] are blank");
	}

	@Test
	void describesAbsentAndBlankTogether() {
		Variables variables = check("API_KEY", "BLANK_VARIABLE", "ORG_ID");

		assertThat(variables.describeMissing())
			.isEqualTo("environment variables or system properties [API_KEY, ORG_ID] are not set and [BLANK_VARIABLE] is blank");
		assertThat(check("API_KEY", "BLANK_VARIABLE").describeMissing())
			.isEqualTo("environment variable or system property [API_KEY] is not set and [BLANK_VARIABLE] is blank");
		assertThat(variables.missingItems()).containsExactly(
			"environment variable or system property [API_KEY] is not set",
			"environment variable or system property [ORG_ID] is not set",
			"environment variable or system property [BLANK_VARIABLE] is blank");
	}

	@Test
	void aPropertyOverridesTheVariableOfTheSameName() {
		assertThat(check("OVERRIDDEN").describeMissing())
			.isEqualTo("environment variable or system property [OVERRIDDEN] is blank");
	}

	@Test
	void describesSetVariables() {
		assertThat(Variables.describeSet(List.of("DB_URL"))).isEqualTo("environment variable or system property [DB_URL] is set");
		assertThat(Variables.describeSet(List.of("DB_URL", "DB_USER")))
			.isEqualTo("environment variables or system properties [DB_URL, DB_USER] are set");
	}

	@ParameterizedTest
	@ValueSource(strings = { "A", "_private", "db.url", "my-var", "API_KEY_2" })
	void acceptsWellFormedNames(String name) {
		Variables.validate("@RequiresEnv(value)", List.of(name));
	}

	@ParameterizedTest
	@ValueSource(strings = { "MY VAR", "1PASSWORD", "A=B", "${DB_URL}", "-flag" })
	void rejectsMalformedNames(String name) {
		assertThatThrownBy(() -> Variables.validate("@RequiresEnv(value)", List.of(name)))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("@RequiresEnv(value) contains an invalid variable name [" + name
					+ "]; names are letters, digits, '_', '.' or '-', not starting with a digit");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  " })
	void rejectsBlankNames(String name) {
		assertThatThrownBy(() -> Variables.validate("@LiveApi(value)", List.of("API_KEY", name)))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("@LiveApi(value) contains a blank variable name [" + name
					+ "]; name an environment variable or system property");
	}

	@Test
	void rejectsANullName() {
		assertThatThrownBy(() -> Variables.validate("@LiveApi(value)", Arrays.asList("API_KEY", null)))
			.hasMessageContaining("contains a blank variable name [null]");
	}

	@Test
	void rejectsDuplicateNames() {
		assertThatThrownBy(() -> check("DB_URL", "DB_USER", "DB_URL"))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("@RequiresEnv(value) names the variable [DB_URL] twice; list each variable once");
	}

	private static Variables check(String... names) {
		return Variables.check("@RequiresEnv(value)", List.of(names), ENVIRONMENT);
	}
}
