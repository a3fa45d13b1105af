package dev.testgov.it.ledger;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DebitTest {

	@Test
	void debitBeyondTheBalanceIsRefused() {
		assertThrows(IllegalStateException.class, () -> new Ledger().debit(1));
	}
}
