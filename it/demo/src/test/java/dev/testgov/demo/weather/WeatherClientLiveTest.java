package dev.testgov.demo.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import dev.testgov.junit.LiveApi;
import org.junit.jupiter.api.Test;

/**
 * Against the real weather API: runs only with {@code DEMO_WEATHER_API_KEY} set. If the provider answers with a
 * rate limit, testgov reports the test as aborted rather than failed, and masks the key in any message.
 */
class WeatherClientLiveTest {

	@Test
	@LiveApi("DEMO_WEATHER_API_KEY")
	void fetchesTodaysForecastForBerlin() throws Exception {
		URI api = URI.create(System.getenv().getOrDefault("DEMO_WEATHER_API_URL", "https://api.weather.example"));
		Forecast forecast = new WeatherClient(api, System.getenv("DEMO_WEATHER_API_KEY")).today("Berlin");
		assertEquals("Berlin", forecast.city());
	}
}
