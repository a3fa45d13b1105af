package dev.testgov.it.shop;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.RequiresEnv;
import org.junit.jupiter.api.Test;

class TaxServiceTest {

	@Test
	@RequiresEnv("TESTGOV_IT_TAX_SERVICE_URL")
	void fetchesTheCurrentVatRate() {
		fail("ran without TESTGOV_IT_TAX_SERVICE_URL");
	}
}
