package dev.testgov.maven.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.testgov.maven.internal.baseline.Summary;
import dev.testgov.maven.internal.baseline.TestStatus;

/** Outcomes as chart marks, in a fixed order and colour. */
final class Statuses {

	private Statuses() {
	}

	static String css(TestStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

	/** One mark per outcome, zeros included, so legends and colours never shift. */
	static List<Charts.Mark> marks(Summary summary) {
		List<Charts.Mark> marks = new ArrayList<>();
		for (TestStatus status : TestStatus.values()) {
			marks.add(new Charts.Mark(css(status), summary.count(status), css(status)));
		}
		return marks;
	}
}
