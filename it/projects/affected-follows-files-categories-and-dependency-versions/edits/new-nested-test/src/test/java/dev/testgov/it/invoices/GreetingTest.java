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
		// An optional style sheet: absent until someone adds one, and then it may change how the customer is greeted.
		try (InputStream style = GreetingTest.class.getResourceAsStream("/greeting-style.txt")) {
			assertTrue(style == null || style.readAllBytes().length > 0);
		}
	}

	@Nested
	class Closing {

		@Test
		void endsWithAComma() throws IOException {
			assertTrue(greeting().strip().endsWith(","));
		}
	}
}
