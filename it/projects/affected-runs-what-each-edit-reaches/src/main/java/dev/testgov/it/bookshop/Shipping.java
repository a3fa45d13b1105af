package dev.testgov.it.bookshop;

public final class Shipping {

	public static final int FREE_FROM = 30;

	private Shipping() {
	}

	public static int cost(long total) {
		return total >= FREE_FROM ? 0 : 4;
	}
}
