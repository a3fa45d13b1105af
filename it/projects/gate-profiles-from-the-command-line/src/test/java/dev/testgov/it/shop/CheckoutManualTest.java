package dev.testgov.it.shop;

import dev.testgov.junit.Manual;
import org.junit.jupiter.api.Test;

class CheckoutManualTest {

	@Test
	@Manual("pay with a real card in the sandbox and check the receipt")
	void paysWithACard() {
	}
}
