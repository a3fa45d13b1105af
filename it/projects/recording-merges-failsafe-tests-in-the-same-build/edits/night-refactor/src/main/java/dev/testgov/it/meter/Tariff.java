package dev.testgov.it.meter;

public final class Tariff {

	private Tariff() {
	}

	public static long day(long units) {
		return units * 3;
	}

	public static long night(long units) {
		long rate = 2;
		return units * rate;
	}
}
