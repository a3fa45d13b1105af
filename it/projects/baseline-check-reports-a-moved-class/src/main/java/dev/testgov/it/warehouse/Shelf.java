package dev.testgov.it.warehouse;

import java.util.ArrayList;
import java.util.List;

/** A shelf in an aisle, holding stock by SKU. */
public final class Shelf {

	private final int aisle;
	private final List<String> skus = new ArrayList<>();

	public Shelf(int aisle) {
		this.aisle = aisle;
	}

	public Shelf stock(String sku, int count) {
		for (int i = 0; i < count; i++) {
			skus.add(sku);
		}
		return this;
	}

	public int count(String sku) {
		return (int) skus.stream().filter(sku::equals).count();
	}

	public String label(String sku) {
		return sku + " / aisle " + aisle;
	}

	public List<String> pick(String sku, int count) {
		if (count(sku) < count) {
			throw new IllegalStateException("only " + count(sku) + " of " + sku + " in aisle " + aisle);
		}
		List<String> picked = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			skus.remove(sku);
			picked.add(sku);
		}
		return picked;
	}

	public boolean needsReorder(String sku, int minimum) {
		return count(sku) < minimum;
	}
}
