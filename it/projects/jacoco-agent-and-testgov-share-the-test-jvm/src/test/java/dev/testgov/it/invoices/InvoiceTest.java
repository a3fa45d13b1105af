package dev.testgov.it.invoices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InvoiceTest {

	@Test
	void addsVat() {
		assertEquals(11900, new Invoice(10000, 19).grossCents());
	}
}
