package dev.testgov.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShippingTest {

	@Test
	// Five thousand cents: the threshold itself.

	void freeFromTheThreshold() {
		assertEquals(0, Shipping.cost(6000));
	}
}
