package dev.testgov.it.invoices;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DiscountFileTest {

	@Test
	void readsTheDiscounts() throws IOException {
		assertFalse(Files.readAllLines(Path.of("data/discounts.csv")).isEmpty());
	}
}
