package dev.testgov.it.bookshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelTest {

	@Test
	void labelsAnItem() {
		assertEquals("for sale: item", new Item().label());
	}

	@Test
	void labelsAnEbookAsABook() {
		assertTrue(new Ebook().label().endsWith("book"));
	}
}
