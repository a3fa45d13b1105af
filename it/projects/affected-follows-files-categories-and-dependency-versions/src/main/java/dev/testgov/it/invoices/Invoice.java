package dev.testgov.it.invoices;

import dev.testgov.it.tax.TaxTables;

public final class Invoice {

	private final String country;
	private final long net;

	public Invoice(String country, long net) {
		this.country = country;
		this.net = net;
	}

	public long vat() {
		return net * TaxTables.vatPercent(country) / 100;
	}

	public long gross() {
		return net + vat();
	}
}
