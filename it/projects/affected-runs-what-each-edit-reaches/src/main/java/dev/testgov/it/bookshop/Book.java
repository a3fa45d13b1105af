package dev.testgov.it.bookshop;

public class Book extends Item {

	@Override
	public String name() {
		return "book";
	}
}
