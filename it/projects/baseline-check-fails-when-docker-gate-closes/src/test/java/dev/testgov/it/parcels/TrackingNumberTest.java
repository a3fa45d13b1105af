package dev.testgov.it.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackingNumberTest {

	@ParameterizedTest
	@CsvSource({ "DE1234567895, true", "DE1234567890, false", "de1234567895, false", "DE123, false",
			"XX0000000000, true", "AB9999999999, true" })
	void checksTheCheckDigit(String number, boolean valid) {
		assertEquals(valid, TrackingNumber.isValid(number));
	}

	@Test
	void rejectsNull() {
		assertFalse(TrackingNumber.isValid(null));
	}
}
