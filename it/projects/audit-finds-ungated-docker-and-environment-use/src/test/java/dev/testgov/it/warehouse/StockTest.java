package dev.testgov.it.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StockTest {

	@Test
	void addsDeliveriesUp() {
		assertEquals(7, new Stock().receive("A-1", 3).receive("A-1", 4).unitsOf("A-1"));
	}
}
