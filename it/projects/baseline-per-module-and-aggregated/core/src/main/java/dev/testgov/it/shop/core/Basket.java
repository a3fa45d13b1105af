package dev.testgov.it.shop.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** Items and their quantities, priced in cents. */
public final class Basket {

	private final Map<String, Integer> items = new LinkedHashMap<>();

	public Basket add(String item, int quantity) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("quantity must be positive: " + quantity);
		}
		items.merge(item, quantity, Integer::sum);
		return this;
	}

	public int quantity(String item) {
		return items.getOrDefault(item, 0);
	}

	public int totalInCents(Map<String, Integer> prices) {
		return items.entrySet().stream().mapToInt(entry -> prices.get(entry.getKey()) * entry.getValue()).sum();
	}
}
