package dev.testgov.it.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransferTest {

	@Test
	void movesMoney() {
		Account from = new Account();
		Account to = new Account();
		from.deposit(7);
		Transfer.between(from, to, 7);
		assertEquals(7, to.balance());
	}
}
