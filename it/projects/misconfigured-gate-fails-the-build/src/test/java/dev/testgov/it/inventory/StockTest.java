package dev.testgov.it.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StockTest {

	@Test
	void takingUnitsLowersTheStock() {
		Stock stock = new Stock(5);
		stock.take(2);
		assertEquals(3, stock.units());
	}
}
