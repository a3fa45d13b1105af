package dev.testgov.it.inventory;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.RequiresDocker;
import dev.testgov.junit.RequiresEnv;
import org.junit.jupiter.api.Test;

class WarehouseSyncTest {

	/** A variable name cannot hold spaces: a misconfiguration, which must fail rather than skip forever. */
	@Test
	@RequiresEnv("WAREHOUSE API URL")
	void pullsTodaysDeliveries() {
		fail("ran with a misconfigured gate");
	}

	@Test
	@RequiresDocker
	void mirrorsStockIntoTheReportingDatabase() {
		fail("ran without Docker");
	}
}
