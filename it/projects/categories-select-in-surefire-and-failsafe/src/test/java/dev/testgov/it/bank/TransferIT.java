package dev.testgov.it.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransferIT {

	@Test
	void movesMoneyBetweenAccounts() {
		Account from = new Account(0);
		Account to = new Account(0);
		from.deposit(1000);
		from.withdraw(300);
		to.deposit(300);
		assertEquals(700 + 300, from.balanceCents() + to.balanceCents());
	}
}
