package dev.testgov.it.shop;

import dev.testgov.junit.LiveApi;
import org.junit.jupiter.api.Test;

class PriceFeedLiveTest {

	@Test
	@LiveApi("PRICE_FEED_KEY")
	void fetchesTodaysPrices() {
	}
}
