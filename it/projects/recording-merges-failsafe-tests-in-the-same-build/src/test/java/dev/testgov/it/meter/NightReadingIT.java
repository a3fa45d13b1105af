package dev.testgov.it.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class NightReadingIT {

	@Test
	void nightReadingIsBilledAtTheNightRate() throws IOException {
		Properties reading = new Properties();
		try (InputStream in = NightReadingIT.class.getResourceAsStream("/night-reading.properties")) {
			reading.load(in);
		}
		assertEquals(8, Tariff.night(Long.parseLong(reading.getProperty("units"))));
	}
}
