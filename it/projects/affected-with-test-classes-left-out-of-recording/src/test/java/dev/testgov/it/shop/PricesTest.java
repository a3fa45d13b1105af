package dev.testgov.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PricesTest {

	@Test
	void addsVat() {
		assertEquals(107, Prices.withVat(100));
	}

	@Nested
	class Rounding {

		@Test
		void roundsDown() {
			assertEquals(1, Prices.withVat(1));
		}
	}
}
