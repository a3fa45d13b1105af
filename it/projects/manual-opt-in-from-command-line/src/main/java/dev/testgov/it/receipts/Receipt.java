package dev.testgov.it.receipts;

import java.util.List;

/** A till receipt: one line per item and a total, in cents. */
public final class Receipt {

	private final List<String> items;
	private final long totalCents;

	public Receipt(List<String> items, long totalCents) {
		this.items = List.copyOf(items);
		this.totalCents = totalCents;
	}

	public String render() {
		StringBuilder text = new StringBuilder();
		items.forEach(item -> text.append(item).append('\n'));
		return text.append(String.format("TOTAL %d.%02d", totalCents / 100, totalCents % 100)).toString();
	}
}
