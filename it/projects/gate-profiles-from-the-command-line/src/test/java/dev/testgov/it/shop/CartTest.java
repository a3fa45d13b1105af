package dev.testgov.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CartTest {

	@Test
	void totalsItsLines() {
		assertEquals(730, new Cart().add(250, 2).add(230, 1).totalCents());
	}
}
