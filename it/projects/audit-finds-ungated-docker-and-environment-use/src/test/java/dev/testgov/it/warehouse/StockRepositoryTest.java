package dev.testgov.it.warehouse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;

/** Starts a container but has no @RequiresDocker: without Docker it would fail instead of skipping. */
class StockRepositoryTest {

	@Test
	void savesStockInTheDatabase() {
		try (GenericContainer<?> database = new GenericContainer<>("local/busybox:1")) {
			database.start();
			assertTrue(database.isRunning());
		}
	}
}
