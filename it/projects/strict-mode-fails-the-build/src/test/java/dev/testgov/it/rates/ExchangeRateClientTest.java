package dev.testgov.it.rates;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.LiveApi;
import dev.testgov.junit.Manual;
import org.junit.jupiter.api.Test;

class ExchangeRateClientTest {

	@Test
	@LiveApi("TESTGOV_IT_RATES_API_KEY")
	void fetchesTodaysEuroRate() {
		fail("ran without TESTGOV_IT_RATES_API_KEY");
	}

	/** Strict mode names live_api only: a manual test still skips. */
	@Test
	@Manual("compare the rate with the bank's website")
	void showsTheRateTheBankShows() {
		fail("ran without opting in to manual tests");
	}
}
