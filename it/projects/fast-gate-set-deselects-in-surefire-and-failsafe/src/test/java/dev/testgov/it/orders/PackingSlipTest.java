package dev.testgov.it.orders;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.Manual;
import org.junit.jupiter.api.Test;

class PackingSlipTest {

	@Test
	@Manual("check the printed slip by eye")
	void printsAPackingSlip() {
		fail("ran without being opted in");
	}
}
