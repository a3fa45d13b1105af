package dev.testgov.it.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LoanTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	@Test
	void isDueInThreeWeeks() {
		assertEquals(LocalDate.of(2026, 3, 23), new Loan(TODAY, TODAY).due());
	}

	@Test
	void cannotStartInThePast() {
		assertThrows(IllegalArgumentException.class, () -> new Loan(TODAY.minusDays(1), TODAY));
	}
}
