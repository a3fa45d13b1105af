package dev.testgov.it.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import dev.testgov.junit.Manual;
import org.junit.jupiter.api.Test;

class ReceiptTest {

	private final Receipt receipt = new Receipt(List.of("Coffee", "Croissant"), 545);

	@Test
	void endsWithTheTotal() {
		assertEquals("Coffee\nCroissant\nTOTAL 5.45", receipt.render());
	}

	/** Leaves a trace of how it was opted in, for the person (and for the IT's verify script). */
	@Test
	@Manual("hold the printed receipt next to the till roll")
	void printsAReceiptForInspection() throws IOException {
		String trace = String.format("manual receipt check ran: testgov.manual=%s, RUN_MANUAL_TESTS=%s",
			System.getProperty("testgov.manual"), System.getenv("RUN_MANUAL_TESTS"));
		System.out.println(trace);
		Files.writeString(Path.of("target", "manual-runs.txt"), trace + System.lineSeparator(),
			StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}
}
