package dev.testgov.it.parcels;

/** A parcel tracking number: two letters, nine digits, two letters. */
public record TrackingNumber(String value) {

	public TrackingNumber {
		if (value == null || !value.matches("[A-Z]{2}\\d{9}[A-Z]{2}")) {
			throw new IllegalArgumentException("not a tracking number: " + value);
		}
	}
}
