package dev.testgov.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShippingTest {

	@Test
	void freeFromTheThreshold() {
		assertEquals(0, Shipping.cost(6000));
	}
}
