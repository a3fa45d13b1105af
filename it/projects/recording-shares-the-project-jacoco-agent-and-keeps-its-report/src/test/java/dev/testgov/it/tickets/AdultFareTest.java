package dev.testgov.it.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdultFareTest {

	@Test
	void paysTheBaseFare() {
		assertEquals(40, new Fare(40).adult());
	}
}
