package dev.testgov.it.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccountTest {

	@Test
	void depositsAddUp() {
		Account account = new Account(0);
		account.deposit(100);
		account.deposit(250);
		assertEquals(350, account.balanceCents());
	}
}
