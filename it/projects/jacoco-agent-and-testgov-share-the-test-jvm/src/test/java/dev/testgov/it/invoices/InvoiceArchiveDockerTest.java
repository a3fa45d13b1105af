package dev.testgov.it.invoices;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.RequiresDocker;
import org.junit.jupiter.api.Test;

@RequiresDocker
class InvoiceArchiveDockerTest {

	@Test
	void archivesAnInvoice() {
		fail("ran without Docker");
	}
}
