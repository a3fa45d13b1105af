package dev.testgov.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrderTest {

	@Test
	void totalsWithVat() {
		assertEquals(357, new Order().add(100).add(200).grossTotal());
	}

	@Test
	void countsLines() {
		assertEquals(2, new Order().add(100).add(200).lines());
	}
}
