package dev.testgov.it.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Runs after AccountTest and before TransferTest; with -Dledger.halt=true its second test kills the JVM. */
class CrashTest {

	@Test
	void aFinishesBeforeTheCrash() {
		Account account = new Account();
		account.deposit(5);
		assertEquals(5, account.balance());
	}

	@Test
	void bHaltsTheJvm() {
		Account account = new Account();
		account.deposit(1);
		if (Boolean.getBoolean("ledger.halt")) {
			Runtime.getRuntime().halt(1);
		}
		assertEquals(1, account.balance());
	}
}
