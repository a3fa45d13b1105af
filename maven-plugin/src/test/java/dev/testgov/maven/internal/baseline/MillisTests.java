package dev.testgov.maven.internal.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations rounded for the committed file and written for people. */
class MillisTests {

	@ParameterizedTest
	@CsvSource({ "0, 0", "3, 0", "5, 10", "47, 50", "99, 100", "100, 100", "1234, 1200", "1250, 1300", "98765, 99000" })
	void roundsToTwoSignificantDigitsAndAtLeastTenMillis(long millis, long rounded) {
		assertThat(Millis.round(millis)).isEqualTo(rounded);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "0; 0 ms", "850; 850 ms", "1234; 1.2 s", "9999; 10.0 s", "122000; 122 s",
		"185000; 185 s", "600000; 10 min 0 s", "3723000; 62 min 3 s" })
	void formatsForPeople(long millis, String text) {
		assertThat(Millis.format(millis)).isEqualTo(text);
	}
}
