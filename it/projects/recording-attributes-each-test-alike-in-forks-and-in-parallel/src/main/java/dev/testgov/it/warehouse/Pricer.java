package dev.testgov.it.warehouse;

public final class Pricer {

	private Pricer() {
	}

	public static long price(String item) {
		return "book".equals(item) ? bookPrice() : mugPrice();
	}

	static long bookPrice() {
		return 12;
	}

	static long mugPrice() {
		return 8;
	}

	public static int nextOrderNumber(int last) {
		return last + 1;
	}
}
