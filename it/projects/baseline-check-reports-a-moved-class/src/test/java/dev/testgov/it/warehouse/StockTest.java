package dev.testgov.it.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StockTest {

	@Test
	void countsStockBySku() {
		assertEquals(3, new Shelf(1).stock("SKU-1", 3).stock("SKU-2", 1).count("SKU-1"));
	}

	@Test
	void countsNothingForAnUnknownSku() {
		assertEquals(0, new Shelf(1).count("SKU-9"));
	}
}
