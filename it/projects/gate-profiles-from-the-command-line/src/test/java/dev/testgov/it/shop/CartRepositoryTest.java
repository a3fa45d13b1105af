package dev.testgov.it.shop;

import dev.testgov.junit.RequiresDocker;
import org.junit.jupiter.api.Test;

@RequiresDocker
class CartRepositoryTest {

	@Test
	void savesACartInPostgres() {
	}
}
