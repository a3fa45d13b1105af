package dev.testgov.it.shop.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import dev.testgov.it.shop.core.Basket;
import org.junit.jupiter.api.Test;

class BasketTest {

	@Test
	void addsUpQuantities() {
		assertEquals(3, new Basket().add("tea", 1).add("tea", 2).quantity("tea"));
	}

	@Test
	void rejectsAZeroQuantity() {
		assertThrows(IllegalArgumentException.class, () -> new Basket().add("tea", 0));
	}

	@Test
	void pricesTheBasket() {
		assertEquals(1150, new Basket().add("tea", 2).add("cake", 1).totalInCents(Map.of("tea", 350, "cake", 450)));
	}
}
