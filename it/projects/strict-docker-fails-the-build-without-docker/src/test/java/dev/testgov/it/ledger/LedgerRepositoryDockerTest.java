package dev.testgov.it.ledger;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.RequiresDocker;
import org.junit.jupiter.api.Test;

@RequiresDocker
class LedgerRepositoryDockerTest {

	@Test
	void storesBookingsInTheDatabase() {
		fail("ran without Docker");
	}
}
