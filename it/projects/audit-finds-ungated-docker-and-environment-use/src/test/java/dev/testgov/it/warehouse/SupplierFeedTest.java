package dev.testgov.it.warehouse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.testgov.junit.RequiresEnv;
import org.junit.jupiter.api.Test;

class SupplierFeedTest {

	/** Reads a variable but has no gate: where it is unset, the test fails instead of skipping. */
	@Test
	void readsTheFeedAddress() {
		assertTrue(feedUrl().startsWith("https://"));
	}

	/** The same read, gated: not a finding. */
	@Test
	@RequiresEnv("SUPPLIER_FEED_TOKEN")
	void readsTheFeedToken() {
		assertTrue(!System.getenv("SUPPLIER_FEED_TOKEN").isBlank());
	}

	private static String feedUrl() {
		return System.getenv("SUPPLIER_FEED_URL");
	}
}
