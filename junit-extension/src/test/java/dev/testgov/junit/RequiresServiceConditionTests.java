package dev.testgov.junit;

import static dev.testgov.junit.internal.services.ServiceFixtures.environment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import dev.testgov.junit.internal.Environment;
import org.junit.jupiter.api.Test;

/** {@link RequiresServiceCondition} with a stubbed environment, over the module's test services. */
class RequiresServiceConditionTests {

	private static final String MISSING_VARIABLE = "@RequiresService: service [needs-variable] is unavailable: "
			+ "environment variable or system property [TESTGOV_TEST_UNSET_VAR] is not set; "
			+ "set the missing variables (declared in testgov-services.properties)";

	private final RequiresServiceCondition condition = new RequiresServiceCondition();
	private final Environment nothingSet = environment(Map.of(), Map.of());

	@Test
	void rejectsAnEmptyOrBlankName() {
		assertThatThrownBy(() -> condition.evaluate(annotation("empty"), nothingSet))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("@RequiresService(value) is empty; name at least one service");
		assertThatThrownBy(() -> condition.evaluate(annotation("blank"), nothingSet))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("@RequiresService(value) contains a blank service name [ ]; name a declared service");
	}

	@Test
	void rejectsAnUnknownNameEvenAfterAnUnavailableService() {
		assertThatThrownBy(() -> condition.evaluate(annotation("unavailableThenTypo"), nothingSet))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessageStartingWith("Unknown service [alway]; declared services are [always, local-port, needs-variable]");
	}

	@Test
	void closesOnTheFirstUnavailableService() {
		Verdict verdict = condition.evaluate(annotation("availableThenMissing"), nothingSet);

		assertThat(verdict.isOpen()).isFalse();
		assertThat(verdict.reason()).isEqualTo(MISSING_VARIABLE);
	}

	@Test
	void opensWhenEveryServiceIsAvailable() throws IOException {
		try (ServerSocket port = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Environment environment = environment(Map.of("TESTGOV_TEST_PORT", String.valueOf(port.getLocalPort())),
				Map.of("TESTGOV_TEST_UNSET_VAR", "set by this test only"));

			assertThat(condition.evaluate(annotation("twoAvailable"), environment).reason())
				.isEqualTo("@RequiresService: services [always, local-port] are available");
			assertThat(condition.evaluate(annotation("availableThenMissing"), environment).reason())
				.isEqualTo("@RequiresService: services [always, needs-variable] are available");
		}
		assertThat(condition.evaluate(annotation("always"), nothingSet).reason())
			.isEqualTo("@RequiresService: service [always] is available");
	}

	private static RequiresService annotation(String method) {
		try {
			return Fixtures.class.getDeclaredMethod(method).getAnnotation(RequiresService.class);
		}
		catch (NoSuchMethodException e) {
			throw new IllegalArgumentException(e);
		}
	}

	/** Annotated methods that are never run: only their annotations are read. */
	static final class Fixtures {

		@RequiresService({})
		void empty() {
		}

		@RequiresService(" ")
		void blank() {
		}

		@RequiresService({ "needs-variable", "alway" })
		void unavailableThenTypo() {
		}

		@RequiresService({ "always", "needs-variable" })
		void availableThenMissing() {
		}

		@RequiresService({ "always", "local-port" })
		void twoAvailable() {
		}

		@RequiresService("always")
		void always() {
		}
	}
}
