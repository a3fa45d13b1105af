package dev.testgov.it.bookshop;

public class Item {

	public String name() {
		return "item";
	}

	public String label() {
		return "for sale: " + name();
	}
}
