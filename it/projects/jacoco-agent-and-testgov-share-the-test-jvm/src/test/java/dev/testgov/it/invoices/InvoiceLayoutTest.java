package dev.testgov.it.invoices;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.testgov.junit.Manual;
import org.junit.jupiter.api.Test;

class InvoiceLayoutTest {

	/**
	 * Runs only when testgov's switch reached this JVM; records the JVM's arguments and the rendered invoice
	 * for the IT's verify script.
	 */
	@Test
	@Manual("compare the printed invoice with the template")
	void rendersTheInvoiceForInspection() throws IOException {
		String rendered = new Invoice(10000, 19).render(System.getProperty("invoices.currency"));
		Files.write(Path.of("target", "fork-arguments.txt"), ManagementFactory.getRuntimeMXBean().getInputArguments());
		Files.writeString(Path.of("target", "rendered-invoice.txt"), rendered);
	}
}
