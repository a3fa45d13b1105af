package dev.testgov.it.bank.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testgov.it.bank.Account;
import org.junit.jupiter.api.Test;

class CardPaymentIT {

	@Test
	void paysByCard() {
		Account account = new Account(0);
		account.deposit(2000);
		account.withdraw(1999);
		assertEquals(1, account.balanceCents());
	}
}
