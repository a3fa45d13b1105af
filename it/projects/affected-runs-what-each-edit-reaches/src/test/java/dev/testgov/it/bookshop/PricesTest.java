package dev.testgov.it.bookshop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PricesTest {

	@Test
	void addsVat() {
		assertEquals(107, Prices.withVat(100));
	}

	@Test
	void discounts() {
		assertEquals(90, Prices.discounted(100, 10));
	}
}
