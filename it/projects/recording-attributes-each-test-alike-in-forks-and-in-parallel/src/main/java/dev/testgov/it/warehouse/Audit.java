package dev.testgov.it.warehouse;

public final class Audit {

	private static int opened;

	private Audit() {
	}

	public static void open() {
		opened++;
	}
}
