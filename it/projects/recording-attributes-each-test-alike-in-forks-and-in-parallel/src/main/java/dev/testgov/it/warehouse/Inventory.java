package dev.testgov.it.warehouse;

public final class Inventory {

	private final int books;
	private final int mugs;

	private Inventory(int books, int mugs) {
		this.books = books;
		this.mugs = mugs;
	}

	public static Inventory load() {
		return new Inventory(3, 2);
	}

	public int books() {
		return books;
	}

	public int mugs() {
		return mugs;
	}
}
