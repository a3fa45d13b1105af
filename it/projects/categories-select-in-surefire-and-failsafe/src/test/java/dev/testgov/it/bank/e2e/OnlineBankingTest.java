package dev.testgov.it.bank.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testgov.it.bank.Account;
import org.junit.jupiter.api.Test;

class OnlineBankingTest {

	@Test
	void logsInAndPaysABill() {
		Account account = new Account(1000);
		account.withdraw(500);
		assertEquals(-500, account.balanceCents());
	}
}
