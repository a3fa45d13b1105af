package sample;

/** An amount in cents of one currency. */
public final class Money implements Comparable<Money> {

	private final long cents;
	private final Currency currency;

	public Money(long cents, Currency currency) {
		this.cents = cents;
		this.currency = currency;
	}

	public static Money of(long cents) {
		return new Money(cents, Currency.EUR);
	}

	public long cents() {
		return cents;
	}

	public Currency currency() {
		return currency;
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(cents + other.cents, currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(cents - other.cents, currency);
	}

	public Money times(int quantity) {
		return new Money(cents * quantity, currency);
	}

	/** The given percentage of this amount, rounded half up. */
	public Money percent(int percentage) {
		return new Money((cents * percentage + 50) / 100, currency);
	}

	public boolean isNegative() {
		return cents < 0;
	}

	@Override
	public int compareTo(Money other) {
		requireSameCurrency(other);
		return Long.compare(cents, other.cents);
	}

	@Override
	public String toString() {
		long whole = Math.abs(cents) / 100;
		long fraction = Math.abs(cents) % 100;
		String sign = cents < 0 ? "-" : "";
		return sign + whole + "." + (fraction < 10 ? "0" : "") + fraction + " " + currency.code();
	}

	private void requireSameCurrency(Money other) {
		if (other.currency != currency) {
			throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
		}
	}
}
