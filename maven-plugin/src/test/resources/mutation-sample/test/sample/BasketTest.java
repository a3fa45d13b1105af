package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BasketTest {

	private Basket basket;

	@BeforeEach
	void fill() {
		basket = new Basket().add(new Product("mug", Money.of(800)), 2).add(new Book("Dune", Money.of(1299)), 1);
	}

	@Test
	void totalSumsTheLines() {
		assertEquals(2899, basket.total().cents());
	}

	@Test
	void countsItems() {
		assertEquals(3, basket.count());
	}

	@Test
	void addingTheSameProductAgainRaisesItsQuantity() {
		basket.add(new Product("mug", Money.of(800)), 1);
		assertEquals(List.of("3 x mug", "1 x Dune"), basket.describe());
	}

	@Test
	void anEmptyBasketTotalsZero() {
		assertEquals(0, new Basket().total().cents());
	}

	@Test
	void onlyEbooksNeedNoShipping() {
		assertFalse(new Basket().add(new Ebook("Emma", Money.of(499)), 1).needsShipping());
		assertTrue(basket.needsShipping());
	}
}
