package dev.testgov.it.shop;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;

import dev.testgov.junit.LiveApi;
import org.junit.jupiter.api.Test;

class PaymentGatewayTest {

	@Test
	void rejectsANegativeCharge() {
		assertThrows(IllegalArgumentException.class, () -> new PriceCalculator(BigDecimal.ZERO).gross(new BigDecimal("-5")));
	}

	@Test
	@LiveApi("TESTGOV_IT_PAYMENTS_KEY")
	void chargesATestCard() {
		fail("ran without TESTGOV_IT_PAYMENTS_KEY");
	}
}
