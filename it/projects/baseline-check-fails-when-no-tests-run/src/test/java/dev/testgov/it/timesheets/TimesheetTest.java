package dev.testgov.it.timesheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TimesheetTest {

	@Test
	void addsTheDays() {
		assertEquals(Duration.ofHours(15), new Timesheet().log(Duration.ofHours(8)).log(Duration.ofHours(7)).total());
	}

	@Test
	void rejectsANegativeDay() {
		assertThrows(IllegalArgumentException.class, () -> new Timesheet().log(Duration.ofHours(-1)));
	}

	@Test
	void rejectsAnImpossibleDay() {
		assertThrows(IllegalArgumentException.class, () -> new Timesheet().log(Duration.ofHours(17)));
	}
}
