package dev.testgov.it.bookshop;

public class Book extends Item {

	@Override
	public String name() {
		return "book";
	}

	@Override
	public String label() {
		return "in stock: " + name();
	}
}
