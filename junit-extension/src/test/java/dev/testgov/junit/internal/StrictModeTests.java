package dev.testgov.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.testgov.junit.Gate;
import dev.testgov.junit.GateConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictModeTests {

	@Test
	void offWhenNothingIsSet() {
		assertThat(covered(StrictMode.from(StubEnvironment.of(Map.of(), Map.of())))).isEmpty();
	}

	@Test
	void readsACommaSeparatedListWithWhitespace() {
		assertThat(covered(parameter(" requires_docker , live_api,,manual "))).containsExactly(Gate.REQUIRES_DOCKER,
			Gate.LIVE_API, Gate.MANUAL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "all", "true", "all,none" })
	void allCoversEveryGateButManual(String value) {
		assertThat(covered(parameter(value))).isEqualTo(EnumSet.complementOf(EnumSet.of(Gate.MANUAL)));
	}

	@Test
	void allWithManualCoversEveryGate() {
		assertThat(covered(parameter("all,manual"))).isEqualTo(EnumSet.allOf(Gate.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "none", "false", "", " " })
	void noneCoversNothing(String value) {
		assertThat(covered(parameter(value))).isEmpty();
	}

	@Test
	void unknownGateFailsListingTheKnownOnes() {
		assertThatThrownBy(() -> parameter("requires_env,requres_docker"))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("Strict mode testgov.strict names an unknown gate [requres_docker]; use a comma-separated list of "
					+ "requires_docker, live_api, manual, requires_service, requires_env, or all, or none");
	}

	@Test
	void unknownGateInTheVariableNamesTheVariable() {
		assertThatThrownBy(() -> StrictMode.from(StubEnvironment.of(Map.of(), Map.of("TESTGOV_STRICT", "docker"))))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessageStartingWith("Strict mode TESTGOV_STRICT names an unknown gate [docker]; ");
	}

	@Test
	void variableIsUsedOnlyWhenTheParameterIsAbsent() {
		Map<String, String> variables = Map.of("TESTGOV_STRICT", "live_api");

		assertThat(covered(StrictMode.from(StubEnvironment.of(Map.of(), variables)))).containsExactly(Gate.LIVE_API);
		assertThat(covered(StrictMode.from(StubEnvironment.of(Map.of("testgov.strict", "none"), variables)))).isEmpty();
		assertThat(covered(StrictMode.from(StubEnvironment.of(Map.of("testgov.strict", "manual"), variables))))
			.containsExactly(Gate.MANUAL);
	}

	@Test
	void explainsWhichSettingMadeTheGateFail() {
		assertThat(parameter(" live_api ").explain(Gate.LIVE_API))
			.isEqualTo("strict mode [testgov.strict=live_api] makes live_api fail instead of skip");
		assertThat(StrictMode.from(StubEnvironment.of(Map.of(), Map.of("TESTGOV_STRICT", "all"))).explain(Gate.REQUIRES_ENV))
			.isEqualTo("strict mode [TESTGOV_STRICT=all] makes requires_env fail instead of skip");
	}

	private static StrictMode parameter(String value) {
		return StrictMode.from(StubEnvironment.parameters(Map.of("testgov.strict", value)));
	}

	private static Set<Gate> covered(StrictMode strictMode) {
		return EnumSet.allOf(Gate.class).stream().filter(strictMode::covers)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Gate.class)));
	}
}
