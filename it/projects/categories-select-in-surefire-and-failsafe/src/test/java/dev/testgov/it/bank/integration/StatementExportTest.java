package dev.testgov.it.bank.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testgov.it.bank.Account;
import org.junit.jupiter.api.Test;

class StatementExportTest {

	@Test
	void exportsTheBalance() {
		Account account = new Account(0);
		account.deposit(4200);
		assertEquals("balance;4200", "balance;" + account.balanceCents());
	}
}
