package dev.testgov.it.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LedgerTest {

	@Test
	void balancesDebitsAndCredits() {
		assertEquals(250, new Ledger().book(1000).book(-750).balance());
	}
}
