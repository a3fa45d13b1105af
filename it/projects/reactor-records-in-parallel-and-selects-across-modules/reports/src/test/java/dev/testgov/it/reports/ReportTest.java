package dev.testgov.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportTest {

	@Test
	void titlesTheMonth() {
		assertEquals("Sales in May", Report.title("May"));
	}
}
