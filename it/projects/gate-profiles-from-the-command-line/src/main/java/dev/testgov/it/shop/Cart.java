package dev.testgov.it.shop;

import java.util.ArrayList;
import java.util.List;

/** A shopping cart that totals its lines in cents. */
public class Cart {

	private final List<Integer> lines = new ArrayList<>();

	public Cart add(int priceCents, int quantity) {
		lines.add(priceCents * quantity);
		return this;
	}

	public int totalCents() {
		return lines.stream().mapToInt(Integer::intValue).sum();
	}
}
