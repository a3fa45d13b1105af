package dev.testgov.it.timesheets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A week's worked hours. */
public final class Timesheet {

	private final List<Duration> days = new ArrayList<>();

	public Timesheet log(Duration worked) {
		if (worked.isNegative() || worked.toHours() > 16) {
			throw new IllegalArgumentException("a day has 0 to 16 worked hours, not " + worked);
		}
		days.add(worked);
		return this;
	}

	public Duration total() {
		return days.stream().reduce(Duration.ZERO, Duration::plus);
	}

	public Duration overtime() {
		Duration extra = total().minusHours(40);
		return extra.isNegative() ? Duration.ZERO : extra;
	}
}
