package dev.testgov.it.ledger;

public final class Transfer {

	private Transfer() {
	}

	public static void between(Account from, Account to, long amount) {
		from.withdraw(amount);
		to.deposit(amount);
	}
}
