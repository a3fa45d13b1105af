package dev.testgov.it.bank.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.testgov.it.bank.Account;
import org.junit.jupiter.api.Test;

class InterestTest {

	@Test
	void paysInterestInBasisPoints() {
		assertEquals(150, Account.interestCents(10_000, 150));
	}
}
