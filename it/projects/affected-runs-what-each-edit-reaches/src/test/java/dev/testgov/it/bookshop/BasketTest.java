package dev.testgov.it.bookshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BasketTest {

	@Test
	void totalsItsBooks() {
		Basket basket = new Basket();
		basket.add(12);
		basket.add(30);
		assertEquals(42, basket.total());
	}

	@Test
	void holdsOnlySoManyBooks() {
		Basket basket = new Basket();
		assertThrows(IllegalStateException.class, () -> {
			for (int i = 0; i < 10; i++) {
				basket.add(1);
			}
		});
	}
}
