package dev.testgov.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import dev.testgov.junit.GateConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTests {

	@ParameterizedTest
	@CsvSource({ "500ms, 500", "250, 250", "2s, 2000", "1m, 60000", "' 3 s ', 3000", "1ms, 1" })
	void parsesMillisecondsSecondsAndMinutes(String value, long millis) {
		assertThat(Durations.parse(value, "-Dtestgov.docker.timeout")).isEqualTo(Duration.ofMillis(millis));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "0", "0s", "-1", "1h", "1.5s", "2 seconds", "ms", "9223372036854775808",
		"9223372036854775807s", "153722867280912931m", "9223372036855s" })
	void rejectsAnythingButAPositiveDuration(String value) {
		assertThatThrownBy(() -> Durations.parse(value, "-Dtestgov.docker.timeout"))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("-Dtestgov.docker.timeout has an invalid timeout [" + value
					+ "]; write a positive duration such as 500ms, 2s or 1m");
	}

	@Test
	void acceptsTimeoutsUpToTheLargestCountOfNanoseconds() {
		assertThat(Durations.parse("9223372036854", "timeout").toNanos()).isEqualTo(9_223_372_036_854_000_000L);
		assertThatThrownBy(() -> Durations.parse("9223372036855", "timeout")).isInstanceOf(GateConfigurationException.class);
	}

	@Test
	void formatsInMilliseconds() {
		assertThat(Durations.format(Duration.ofSeconds(2))).isEqualTo("2000 ms");
	}
}
