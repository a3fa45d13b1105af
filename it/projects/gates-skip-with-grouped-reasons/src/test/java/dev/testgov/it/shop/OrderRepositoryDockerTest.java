package dev.testgov.it.shop;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.RequiresDocker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A closed Docker gate on the class must keep {@code @BeforeAll} from ever starting a container. */
@RequiresDocker
class OrderRepositoryDockerTest {

	@BeforeAll
	static void startDatabase() {
		throw new IllegalStateException("@BeforeAll ran although the Docker gate was closed");
	}

	@Test
	void savesAnOrder() {
		fail("ran without Docker");
	}

	@Test
	void findsAnOrderById() {
		fail("ran without Docker");
	}
}
