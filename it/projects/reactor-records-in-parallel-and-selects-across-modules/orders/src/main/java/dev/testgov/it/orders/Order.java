package dev.testgov.it.orders;

import java.util.ArrayList;
import java.util.List;

import dev.testgov.it.catalog.Price;

public final class Order {

	private final List<Long> nets = new ArrayList<>();

	public Order add(long net) {
		nets.add(net);
		return this;
	}

	public int lines() {
		return nets.size();
	}

	public long grossTotal() {
		return nets.stream().mapToLong(net -> new Price(net).withVat()).sum();
	}
}
