package dev.testgov.it.warehouse;

public final class Warehouse {

	private final String name;

	public Warehouse() {
		this.name = "north";
	}

	public String pick(String item) {
		return item + " from " + name;
	}
}
