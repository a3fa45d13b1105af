package dev.testgov.it.parcels;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrackingNumberTest {

	@Test
	void acceptsAnInternationalNumber() {
		assertDoesNotThrow(() -> new TrackingNumber("RR123456785DE"));
	}

	@Test
	void rejectsGarbage() {
		assertThrows(IllegalArgumentException.class, () -> new TrackingNumber("12-34"));
	}
}
