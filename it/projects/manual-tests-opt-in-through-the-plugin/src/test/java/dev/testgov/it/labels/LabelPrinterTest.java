package dev.testgov.it.labels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.testgov.junit.Manual;
import org.junit.jupiter.api.Test;

class LabelPrinterTest {

	/** Leaves a trace of how it was opted in, for the person (and for the IT's verify script). */
	@Test
	@Manual("hold the printed label against the parcel")
	void printsALabelForInspection() throws IOException {
		String trace = "manual label check ran: testgov.manual=" + System.getProperty("testgov.manual");
		System.out.println(trace);
		Files.writeString(Path.of("target", "manual-runs.txt"), trace + System.lineSeparator(),
			StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}
}
