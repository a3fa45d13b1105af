package dev.testgov.it.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.testgov.junit.LiveApi;
import org.junit.jupiter.api.Test;

/** Stands in for tests against a real weather API; the key is the canary. */
@LiveApi("TESTGOV_CANARY_KEY")
class WeatherApiTest {

	private static String key() {
		return System.getenv("TESTGOV_CANARY_KEY");
	}

	@Test
	void fetchesTodaysForecast() {
		assertTrue(key().startsWith("sk-canary-"));
		System.out.println("fetched today's forecast with a key of " + key().length() + " characters");
	}

	/** A rate limit is the provider's problem, not a bug: aborted, with the key masked in the reason. */
	@Test
	void rateLimitedCallIsAborted() {
		throw new IllegalStateException("HTTP 429 Too Many Requests for key " + key());
	}

	/** A real failure fails, still with the key masked. */
	@Test
	void unexpectedResponseFails() {
		throw new IllegalStateException("unexpected response body <html> for key " + key());
	}

	/** An assertion on a value holding the key: a failure (not an error), masked in expected and actual. */
	@Test
	void authorizationHeaderMismatchFails() {
		assertEquals("Bearer sk-other", "Bearer " + key());
	}
}
