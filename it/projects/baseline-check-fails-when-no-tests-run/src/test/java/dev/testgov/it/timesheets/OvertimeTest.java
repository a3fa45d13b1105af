package dev.testgov.it.timesheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OvertimeTest {

	@Test
	void countsHoursBeyondForty() {
		Timesheet week = new Timesheet();
		for (int day = 0; day < 5; day++) {
			week.log(Duration.ofHours(9));
		}
		assertEquals(Duration.ofHours(5), week.overtime());
	}

	@Test
	void isNeverNegative() {
		assertEquals(Duration.ZERO, new Timesheet().log(Duration.ofHours(4)).overtime());
	}
}
