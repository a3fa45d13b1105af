package dev.testgov.it.library;

import java.time.LocalDate;

/** A book on loan: three weeks, renewable once. */
public final class Loan {

	private final LocalDate start;
	private final int renewals;

	public Loan(LocalDate start, LocalDate today) {
		this(start, 0);
		if (start.isBefore(today)) {
			throw new IllegalArgumentException("a loan cannot start in the past: " + start);
		}
	}

	private Loan(LocalDate start, int renewals) {
		this.start = start;
		this.renewals = renewals;
	}

	public LocalDate due() {
		return start.plusWeeks(3L * (renewals + 1));
	}

	public Loan renew() {
		if (renewals > 0) {
			throw new IllegalStateException("a loan is renewed once");
		}
		return new Loan(start, renewals + 1);
	}

	/** The fine for returning it on a day: 20 cents a day late, at most 5 euros. */
	public static int fineInCents(int daysLate) {
		return Math.min(Math.max(daysLate, 0) * 20, 500);
	}
}
