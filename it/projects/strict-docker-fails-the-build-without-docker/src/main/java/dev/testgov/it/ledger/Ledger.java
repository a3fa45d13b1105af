package dev.testgov.it.ledger;

import java.util.ArrayList;
import java.util.List;

/** Bookings in cents; the balance is their sum. */
public final class Ledger {

	private final List<Long> bookings = new ArrayList<>();

	public Ledger book(long cents) {
		bookings.add(cents);
		return this;
	}

	public long balance() {
		return bookings.stream().mapToLong(Long::longValue).sum();
	}
}
