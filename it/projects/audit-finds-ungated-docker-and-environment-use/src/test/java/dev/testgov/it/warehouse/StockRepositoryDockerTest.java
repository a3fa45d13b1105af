package dev.testgov.it.warehouse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.testgov.junit.RequiresDocker;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;

/** The same use of Docker, gated: not a finding. */
@RequiresDocker
class StockRepositoryDockerTest {

	@Test
	void findsStockInTheDatabase() {
		try (GenericContainer<?> database = new GenericContainer<>("local/busybox:1")) {
			database.start();
			assertTrue(database.isRunning());
		}
	}
}
