package dev.testgov.it.warehouse.picking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import dev.testgov.it.warehouse.Shelf;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PickingListTest {

	@Test
	void picksWhatIsAsked() {
		assertEquals(List.of("SKU-1", "SKU-1"), new Shelf(2).stock("SKU-1", 5).pick("SKU-1", 2));
	}

	@Test
	void leavesTheRestOnTheShelf() {
		Shelf shelf = new Shelf(2).stock("SKU-1", 5);
		shelf.pick("SKU-1", 2);
		assertEquals(3, shelf.count("SKU-1"));
	}

	@Test
	@DisplayName("refuses to pick more than the shelf holds")
	void refusesToOverpick() {
		assertThrows(IllegalStateException.class, () -> new Shelf(2).stock("SKU-1", 1).pick("SKU-1", 2));
	}
}
