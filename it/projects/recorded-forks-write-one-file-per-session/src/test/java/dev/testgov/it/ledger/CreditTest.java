package dev.testgov.it.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CreditTest {

	@Test
	void creditRaisesTheBalance() {
		Ledger ledger = new Ledger();
		ledger.credit(5);
		assertEquals(5, ledger.balance());
	}
}
