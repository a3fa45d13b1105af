package dev.testgov.it.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BalanceSmokeTest {

	@Test
	void startsAtZero() {
		assertEquals(0, new Account(0).balanceCents());
	}
}
