package dev.testgov.it.weather;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.LiveApi;
import org.junit.jupiter.api.Test;

class WeatherAlertsApiTest {

	/** One credential set, one missing: the reason names only the missing one. */
	@Test
	@LiveApi({ "TESTGOV_CANARY_KEY", "TESTGOV_MISSING_KEY" })
	void fetchesSevereWeatherAlerts() {
		fail("ran without TESTGOV_MISSING_KEY");
	}
}
