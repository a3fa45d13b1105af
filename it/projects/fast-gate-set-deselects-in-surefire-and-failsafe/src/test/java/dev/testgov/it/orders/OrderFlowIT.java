package dev.testgov.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import dev.testgov.junit.RequiresDocker;
import org.junit.jupiter.api.Test;

/** Run by Failsafe: the same gate set steers it. */
class OrderFlowIT {

	@Test
	void placesAnOrder() {
		assertEquals(1200, new Order(List.of(700, 500)).totalCents());
	}

	@Test
	@RequiresDocker
	void storesTheOrderInTheDatabase() {
		fail("ran without Docker");
	}
}
