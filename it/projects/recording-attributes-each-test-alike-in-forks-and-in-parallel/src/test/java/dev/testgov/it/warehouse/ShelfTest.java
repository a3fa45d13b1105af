package dev.testgov.it.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Code that runs once for the class: its extension, its static initialiser, its @BeforeAll. */
@ExtendWith(AuditExtension.class)
class ShelfTest {

	static final int CATALOG_SIZE = Catalog.size();

	static Inventory inventory;

	@BeforeAll
	static void load() {
		inventory = Inventory.load();
	}

	@Test
	void countsBooks() {
		assertEquals(3, inventory.books());
	}

	@Test
	void countsMugs() {
		assertEquals(2, inventory.mugs());
	}
}
