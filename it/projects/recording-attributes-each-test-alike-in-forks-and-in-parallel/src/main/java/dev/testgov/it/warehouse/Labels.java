package dev.testgov.it.warehouse;

public final class Labels {

	private Labels() {
	}

	public static String book() {
		return "BOOK";
	}

	public static String mug() {
		return "MUG";
	}
}
