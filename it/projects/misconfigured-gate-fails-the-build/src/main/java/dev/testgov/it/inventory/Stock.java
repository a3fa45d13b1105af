package dev.testgov.it.inventory;

/** Units of one article on hand; never negative. */
public final class Stock {

	private int units;

	public Stock(int units) {
		this.units = units;
	}

	public void take(int count) {
		if (count > units) {
			throw new IllegalStateException("only " + units + " units left");
		}
		units -= count;
	}

	public int units() {
		return units;
	}
}
