package dev.testgov.it.warehouse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReorderTest {

	@Test
	void reordersBelowTheMinimum() {
		assertTrue(new Shelf(4).stock("SKU-7", 2).needsReorder("SKU-7", 5));
	}
}
