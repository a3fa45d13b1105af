package dev.testgov.it.ledger;

public final class Account {

	private long balance;

	public void deposit(long amount) {
		balance += amount;
	}

	public void withdraw(long amount) {
		if (amount > balance) {
			throw new IllegalStateException("insufficient funds");
		}
		balance -= amount;
	}

	public long balance() {
		return balance;
	}
}
