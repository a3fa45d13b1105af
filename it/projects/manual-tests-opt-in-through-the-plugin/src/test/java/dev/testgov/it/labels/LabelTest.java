package dev.testgov.it.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelTest {

	@Test
	void putsTheTownAfterThePostcode() {
		assertEquals("Ada Lovelace\n10115 Berlin", new Label("Ada Lovelace", "10115", "Berlin").render());
	}
}
