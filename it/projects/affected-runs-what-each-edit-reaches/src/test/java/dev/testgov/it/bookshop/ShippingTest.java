package dev.testgov.it.bookshop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShippingTest {

	@Test
	void freeFromTheThreshold() {
		assertEquals(0, Shipping.cost(Shipping.FREE_FROM));
	}

	@Test
	void paidBelowIt() {
		assertEquals(4, Shipping.cost(1));
	}
}
