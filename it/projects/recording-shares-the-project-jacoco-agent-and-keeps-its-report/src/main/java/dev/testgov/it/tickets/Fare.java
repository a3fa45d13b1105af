package dev.testgov.it.tickets;

public final class Fare {

	private final long base;

	public Fare(long base) {
		this.base = base;
	}

	public long adult() {
		return base;
	}

	public long child() {
		return base / 2;
	}

	public long senior() {
		return base * 3 / 4;
	}

	public long family(int children) {
		long total = 2 * adult();
		for (int i = 0; i < children; i++) {
			total += child();
		}
		return total;
	}
}
