package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {

	@ParameterizedTest
	@CsvSource({"DE, 19", "FR, 20", "CH, 8"})
	void vatRates(String country, int rate) {
		assertEquals(rate, Countries.vatRate(country));
	}

	@Test
	void noDeliveryToUnknownCountries() {
		assertFalse(Countries.delivers("US"));
		assertThrows(IllegalArgumentException.class, () -> Countries.vatRate("US"));
	}

	@Test
	void homeIsDomestic() {
		assertTrue(Countries.isDomestic("DE"));
		assertFalse(Countries.isDomestic("AT"));
	}
}
