package dev.testgov.it.shop.web.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import dev.testgov.it.shop.core.Basket;
import dev.testgov.it.shop.web.BasketView;
import org.junit.jupiter.api.Test;

/** Runs under Failsafe, against the core module's jar. */
class CheckoutIT {

	@Test
	void showsTheBasketTotal() {
		Basket basket = new Basket().add("tea", 2).add("cake", 1);
		assertEquals("11,50 \u20ac", BasketView.euros(basket.totalInCents(Map.of("tea", 350, "cake", 450))));
	}

	@Test
	void showsAnEmptyBasketAsZero() {
		assertEquals("0,00 \u20ac", BasketView.euros(new Basket().totalInCents(Map.of())));
	}
}
