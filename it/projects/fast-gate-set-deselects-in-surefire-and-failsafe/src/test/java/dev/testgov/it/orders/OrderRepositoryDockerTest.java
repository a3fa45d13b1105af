package dev.testgov.it.orders;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.RequiresDocker;
import org.junit.jupiter.api.Test;

@RequiresDocker
class OrderRepositoryDockerTest {

	@Test
	void savesAnOrder() {
		fail("ran without Docker");
	}
}
