package dev.testgov.it.parcels;

/** A parcel's tracking number: two letters, nine digits, a check digit. */
public final class TrackingNumber {

	private TrackingNumber() {
	}

	public static boolean isValid(String number) {
		if (number == null || !number.matches("[A-Z]{2}\\d{10}")) {
			return false;
		}
		int sum = 0;
		for (int i = 2; i < 11; i++) {
			sum += (number.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
		}
		return (10 - sum % 10) % 10 == number.charAt(11) - '0';
	}

	/** Postage in cents by weight: 4.50 up to a kilo, then 1.20 a kilo. */
	public static int postageInCents(int grams) {
		return 450 + Math.max(0, (grams - 1) / 1000) * 120;
	}
}
