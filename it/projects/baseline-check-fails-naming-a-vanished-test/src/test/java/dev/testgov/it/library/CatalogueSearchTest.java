package dev.testgov.it.library;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.RequiresEnv;
import org.junit.jupiter.api.Test;

class CatalogueSearchTest {

	@Test
	@RequiresEnv("TESTGOV_IT_CATALOGUE_URL")
	void findsABookByIsbn() {
		fail("ran without TESTGOV_IT_CATALOGUE_URL");
	}
}
