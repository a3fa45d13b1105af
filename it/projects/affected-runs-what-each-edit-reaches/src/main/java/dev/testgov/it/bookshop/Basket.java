package dev.testgov.it.bookshop;

import java.util.ArrayList;
import java.util.List;

public final class Basket {

	private final List<Long> prices = new ArrayList<>();
	private int limit = 3;

	public void add(long price) {
		if (prices.size() == limit) {
			throw new IllegalStateException("a basket holds " + limit + " books");
		}
		prices.add(price);
	}

	public long total() {
		return prices.stream().mapToLong(Long::longValue).sum();
	}
}
