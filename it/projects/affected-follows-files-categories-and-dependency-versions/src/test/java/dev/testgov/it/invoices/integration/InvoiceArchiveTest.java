package dev.testgov.it.invoices.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.testgov.it.invoices.Invoice;
import org.junit.jupiter.api.Test;

/** Category integration, from its package. */
class InvoiceArchiveTest {

	@Test
	void archivesTheGrossAmounts() {
		List<Long> archived = List.of(new Invoice("FR", 100).gross(), new Invoice("DE", 200).gross());
		assertEquals(List.of(120L, 238L), archived);
	}
}
