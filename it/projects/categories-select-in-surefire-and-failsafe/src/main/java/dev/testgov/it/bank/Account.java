package dev.testgov.it.bank;

/** An account balance in cents that must not go below its overdraft limit. */
public final class Account {

	private final long limitCents;
	private long balanceCents;

	public Account(long limitCents) {
		this.limitCents = limitCents;
	}

	public long balanceCents() {
		return balanceCents;
	}

	public void deposit(long cents) {
		balanceCents += cents;
	}

	public void withdraw(long cents) {
		if (balanceCents - cents < -limitCents) {
			throw new IllegalStateException("over the limit");
		}
		balanceCents -= cents;
	}

	public static long interestCents(long balanceCents, int basisPoints) {
		return balanceCents * basisPoints / 10_000;
	}
}
