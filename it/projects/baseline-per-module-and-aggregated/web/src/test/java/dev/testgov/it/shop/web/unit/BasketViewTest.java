package dev.testgov.it.shop.web.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testgov.it.shop.web.BasketView;
import org.junit.jupiter.api.Test;

class BasketViewTest {

	@Test
	void showsEurosWithACommaAndCents() {
		assertEquals("11,50 \u20ac", BasketView.euros(1150));
	}

	@Test
	void padsCents() {
		assertEquals("3,05 \u20ac", BasketView.euros(305));
	}
}
