package dev.testgov.it.bookshop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PricingTest {

	@Test
	void neverAboveTheListPrice() {
		assertTrue(Pricing.price(100) <= 100);
	}
}
