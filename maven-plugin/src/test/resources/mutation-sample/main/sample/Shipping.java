package sample;

/** What delivery costs. */
public final class Shipping {

	public static final long FREE_FROM_CENTS = 5000;
	static final long DOMESTIC_CENTS = 495;
	static final long ABROAD_CENTS = 1290;

	private Shipping() {
	}

	public static Money cost(Basket basket, String country) {
		if (!basket.needsShipping()) {
			return Money.of(0);
		}
		if (Countries.isDomestic(country) && basket.total().cents() >= FREE_FROM_CENTS) {
			return Money.of(0);
		}
		return Money.of(Countries.isDomestic(country) ? DOMESTIC_CENTS : ABROAD_CENTS);
	}
}
