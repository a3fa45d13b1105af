package dev.testgov.it.parcels;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.LiveApi;
import dev.testgov.junit.Manual;
import dev.testgov.junit.RequiresDocker;
import dev.testgov.junit.RequiresEnv;
import org.junit.jupiter.api.Test;

/** One test per gate, each closed here. */
class ParcelTrackingTest {

	@Test
	@RequiresDocker
	void storesEventsInTheDatabaseContainer() {
		fail("ran without Docker");
	}

	@Test
	@LiveApi("TESTGOV_IT_CARRIER_API_KEY")
	void asksTheCarrierForTheLatestEvent() {
		fail("ran without TESTGOV_IT_CARRIER_API_KEY");
	}

	@Test
	@Manual
	void showsTheParcelOnAMap() {
		fail("ran without opting in to manual tests");
	}

	@Test
	@RequiresEnv("TESTGOV_IT_DEPOT_URL")
	void readsTheDepotSchedule() {
		fail("ran without TESTGOV_IT_DEPOT_URL");
	}
}
