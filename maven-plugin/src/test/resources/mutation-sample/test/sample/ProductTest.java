package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ProductTest {

	@Test
	void labelsGoods() {
		assertEquals("goods: mug at 8.00 EUR", new Product("mug", Money.of(800)).label());
	}

	@Test
	void labelsBooks() {
		assertEquals("book: Dune at 12.99 EUR", new Book("Dune", Money.of(1299)).label());
	}

	@RepeatedTest(2)
	void ebooksAreBooksThatAreNotShipped() {
		Ebook ebook = new Ebook("Emma", Money.of(499));
		assertEquals("book", ebook.category());
		assertFalse(ebook.shipped());
	}

	@Test
	void booksAreShipped() {
		assertTrue(new Book("Dune", Money.of(1299)).shipped());
	}
}
