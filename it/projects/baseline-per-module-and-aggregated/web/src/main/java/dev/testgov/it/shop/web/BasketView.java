package dev.testgov.it.shop.web;

import java.util.Locale;

/** Renders amounts for the shop's pages. */
public final class BasketView {

	private BasketView() {
	}

	public static String euros(int cents) {
		return String.format(Locale.ROOT, "%d,%02d \u20ac", cents / 100, cents % 100);
	}
}
