package dev.testgov.it.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WarehouseTest {

	final Warehouse warehouse = new Warehouse();

	@Nested
	class Picking {

		@Test
		void picksABook() {
			assertEquals("book from north", warehouse.pick("book"));
		}
	}
}
