package dev.testgov.it.bookshop;

public final class Shipping {

	public static final int FREE_FROM = 25;

	private Shipping() {
	}

	public static int cost(long total) {
		return total < FREE_FROM ? 4 : 0;
	}
}
