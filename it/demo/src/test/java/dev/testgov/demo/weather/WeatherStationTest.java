package dev.testgov.demo.weather;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import dev.testgov.junit.RequiresEnv;
import org.junit.jupiter.api.Test;

/** Against the office's own weather station, which speaks the same API and needs no key. */
class WeatherStationTest {

	@Test
	@RequiresEnv(value = "DEMO_WEATHER_STATION_URL", disabledReason = "the station is only reachable from the office network")
	void stationReportsAPlausibleTemperature() throws Exception {
		Forecast forecast = new WeatherClient(URI.create(System.getenv("DEMO_WEATHER_STATION_URL")), null).today("Office");
		assertTrue(forecast.highCelsius() > -60 && forecast.highCelsius() < 60, () -> "implausible: " + forecast);
	}
}
