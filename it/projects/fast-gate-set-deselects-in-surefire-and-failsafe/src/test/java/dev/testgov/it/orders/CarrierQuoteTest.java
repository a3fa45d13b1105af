package dev.testgov.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import dev.testgov.junit.LiveApi;
import org.junit.jupiter.api.Test;

/** A live API test beside a plain one: the gate set leaves out the method, not the class. */
class CarrierQuoteTest {

	@Test
	void quotesNothingForAFreeOrder() {
		assertEquals(0, new Order(List.of(0)).totalCents());
	}

	@Test
	@LiveApi("TESTGOV_IT_CARRIER_KEY")
	void asksTheCarrierForAQuote() {
		fail("ran without TESTGOV_IT_CARRIER_KEY");
	}
}
