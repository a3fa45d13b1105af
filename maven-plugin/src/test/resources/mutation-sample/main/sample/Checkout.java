package sample;

/** Turns a basket into what the customer pays. */
public final class Checkout {

	private final Discount discount;

	public Checkout(Discount discount) {
		this.discount = discount;
	}

	public Money net(Basket basket) {
		Money discounted = discount.apply(basket.total());
		return discounted.isNegative() ? Money.of(0) : discounted;
	}

	public Money vat(Basket basket, String country) {
		return net(basket).percent(Countries.vatRate(country));
	}

	public Money gross(Basket basket, String country) {
		if (!Countries.delivers(country)) {
			throw new IllegalArgumentException("no delivery to " + country);
		}
		return net(basket).plus(vat(basket, country)).plus(Shipping.cost(basket, country));
	}

	public String receipt(Basket basket, String country) {
		return String.join(", ", basket.describe()) + " = " + gross(basket, country) + " (" + discount.describe() + ")";
	}
}
