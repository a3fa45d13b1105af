package dev.testgov.it.invoices;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GreetingTest {

	static String greeting() throws IOException {
		try (InputStream in = GreetingTest.class.getResourceAsStream("/greeting.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void greetsTheCustomer() throws IOException {
		assertTrue(greeting().startsWith("Dear"));
	}

	@Nested
	class Closing {

		@Test
		void endsWithAComma() throws IOException {
			assertTrue(greeting().strip().endsWith(","));
		}
	}
}
