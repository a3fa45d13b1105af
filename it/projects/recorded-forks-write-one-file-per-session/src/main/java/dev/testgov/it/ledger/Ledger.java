package dev.testgov.it.ledger;

public final class Ledger {

	private long balance;

	public void credit(long amount) {
		balance += amount;
	}

	public void debit(long amount) {
		if (amount > balance) {
			throw new IllegalStateException("insufficient funds");
		}
		balance -= amount;
	}

	public long balance() {
		return balance;
	}
}
