package dev.testgov.it.reports;

public final class Report {

	private Report() {
	}

	public static String title(String month) {
		return "Sales in " + month;
	}
}
