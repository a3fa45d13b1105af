package dev.testgov.it.catalog;

public record Price(long net) {

	public long withVat() {
		return net + net * 19 / 100;
	}

	public Price times(int quantity) {
		return new Price(net * quantity);
	}
}
