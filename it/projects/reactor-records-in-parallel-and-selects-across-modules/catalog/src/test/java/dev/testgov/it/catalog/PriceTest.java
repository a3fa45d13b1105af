package dev.testgov.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PriceTest {

	@Test
	void addsVat() {
		assertEquals(119, new Price(100).withVat());
	}

	@Test
	void multiplies() {
		assertEquals(300, new Price(100).times(3).net());
	}
}
