package dev.testgov.it.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RenewalTest {

	@Test
	void renewsOnceForThreeMoreWeeks() {
		LocalDate today = LocalDate.of(2026, 3, 2);
		assertEquals(LocalDate.of(2026, 4, 13), new Loan(today, today).renew().due());
	}
}
