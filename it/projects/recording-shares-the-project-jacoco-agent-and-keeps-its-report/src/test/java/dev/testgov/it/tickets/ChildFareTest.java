package dev.testgov.it.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChildFareTest {

	@Test
	void paysHalf() {
		assertEquals(20, new Fare(40).child());
	}
}
