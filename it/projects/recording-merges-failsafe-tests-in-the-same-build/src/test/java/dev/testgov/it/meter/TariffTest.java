package dev.testgov.it.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TariffTest {

	@Test
	void dayUnitsCostThree() {
		assertEquals(6, Tariff.day(2));
	}
}
