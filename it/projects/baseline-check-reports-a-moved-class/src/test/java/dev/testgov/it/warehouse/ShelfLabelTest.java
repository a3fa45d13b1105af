package dev.testgov.it.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShelfLabelTest {

	@Test
	void printsTheSkuAndAisle() {
		assertEquals("SKU-0042 / aisle 3", new Shelf(3).label("SKU-0042"));
	}
}
