package dev.testgov.it.tickets;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.RequiresDocker;
import org.junit.jupiter.api.Test;

@RequiresDocker
class SeatMapDockerTest {

	@Test
	void loadsTheSeatMap() {
		fail("ran without Docker");
	}
}
