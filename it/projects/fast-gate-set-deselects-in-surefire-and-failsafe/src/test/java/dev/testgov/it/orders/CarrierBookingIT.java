package dev.testgov.it.orders;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.LiveApi;
import org.junit.jupiter.api.Test;

@LiveApi("TESTGOV_IT_CARRIER_KEY")
class CarrierBookingIT {

	@Test
	void booksAPickup() {
		fail("ran without TESTGOV_IT_CARRIER_KEY");
	}
}
