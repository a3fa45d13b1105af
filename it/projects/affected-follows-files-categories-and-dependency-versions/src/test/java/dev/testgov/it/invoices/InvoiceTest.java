package dev.testgov.it.invoices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InvoiceTest {

	@Test
	void addsGermanVat() {
		assertEquals(119, new Invoice("DE", 100).gross());
	}
}
