package dev.testgov.it.bookshop;

public final class Prices {

	private Prices() {
	}

	public static long withVat(long net) {
		return net + net * 7 / 100;
	}

	public static long discounted(long price, int percent) {
		return price - price * percent / 100;
	}
}
