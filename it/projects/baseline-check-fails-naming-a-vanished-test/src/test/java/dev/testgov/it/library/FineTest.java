package dev.testgov.it.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FineTest {

	@Test
	void costsNothingOnTime() {
		assertEquals(0, Loan.fineInCents(0));
	}

	@ParameterizedTest
	@CsvSource({ "1, 20", "10, 200", "40, 500" })
	void growsByTheDayUpToFiveEuros(int daysLate, int cents) {
		assertEquals(cents, Loan.fineInCents(daysLate));
	}
}
