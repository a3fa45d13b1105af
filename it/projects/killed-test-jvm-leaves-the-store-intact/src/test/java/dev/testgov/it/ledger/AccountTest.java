package dev.testgov.it.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AccountTest {

	@Test
	void deposits() {
		Account account = new Account();
		account.deposit(10);
		assertEquals(10, account.balance());
	}

	@Test
	void refusesAnOverdraft() {
		assertThrows(IllegalStateException.class, () -> new Account().withdraw(1));
	}
}
