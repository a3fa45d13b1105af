package dev.testgov.it.shop;

import static org.junit.jupiter.api.Assertions.fail;

import dev.testgov.junit.Manual;
import org.junit.jupiter.api.Test;

class ReceiptPrinterTest {

	@Test
	@Manual("check the printed receipt by eye")
	void printsAReceipt() {
		fail("ran without opting in to manual tests");
	}
}
