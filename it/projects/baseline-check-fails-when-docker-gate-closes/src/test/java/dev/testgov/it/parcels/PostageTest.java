package dev.testgov.it.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PostageTest {

	@Test
	void chargesTheBaseRateUpToAKilo() {
		assertEquals(450, TrackingNumber.postageInCents(1000));
	}

	@Test
	void addsARatePerStartedKilo() {
		assertEquals(690, TrackingNumber.postageInCents(2500));
	}
}
