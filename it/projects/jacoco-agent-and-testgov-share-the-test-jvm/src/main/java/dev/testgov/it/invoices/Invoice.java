package dev.testgov.it.invoices;

/** An invoice's net amount in cents and its VAT rate in percent. */
public record Invoice(long netCents, int vatPercent) {

	public long grossCents() {
		return netCents + Math.round(netCents * vatPercent / 100.0);
	}

	public String render(String currency) {
		return String.format("%d.%02d %s", grossCents() / 100, grossCents() % 100, currency);
	}
}
