package dev.testgov.it.warehouse;

import java.util.HashMap;
import java.util.Map;

/** Units in stock per article number. */
public final class Stock {

	private final Map<String, Integer> units = new HashMap<>();

	public Stock receive(String article, int count) {
		units.merge(article, count, Integer::sum);
		return this;
	}

	public int unitsOf(String article) {
		return units.getOrDefault(article, 0);
	}
}
