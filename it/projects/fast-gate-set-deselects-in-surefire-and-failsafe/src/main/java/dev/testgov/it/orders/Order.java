package dev.testgov.it.orders;

import java.util.List;

/** An order of items, each a price in cents. */
public record Order(List<Integer> itemCents) {

	public Order {
		if (itemCents.isEmpty()) {
			throw new IllegalArgumentException("an order needs at least one item");
		}
		itemCents = List.copyOf(itemCents);
	}

	public int totalCents() {
		return itemCents.stream().mapToInt(Integer::intValue).sum();
	}
}
