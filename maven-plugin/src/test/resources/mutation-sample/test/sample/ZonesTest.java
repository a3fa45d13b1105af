package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reads static state that earlier test classes have initialised: it executes no code of Countries or Currency. */
class ZonesTest {

	@Test
	void fourCountries() {
		assertEquals(4, Countries.SUPPORTED.size());
		assertTrue(Countries.SUPPORTED.contains("AT"));
	}

	@Test
	void threeCurrenciesInRankOrder() {
		assertEquals(3, Currency.values().length);
		assertEquals("CHF", Currency.values()[2].name());
	}
}
