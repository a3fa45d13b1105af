package dev.testgov.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrderTotalTest {

	@Test
	void addsTheItems() {
		assertEquals(750, new Order(List.of(250, 500)).totalCents());
	}

	@Test
	void rejectsAnEmptyOrder() {
		assertThrows(IllegalArgumentException.class, () -> new Order(List.of()));
	}
}
