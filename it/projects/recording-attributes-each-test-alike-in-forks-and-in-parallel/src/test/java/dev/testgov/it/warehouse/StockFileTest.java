package dev.testgov.it.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class StockFileTest {

	@Test
	void openingStockMatchesTheStockFile() throws IOException {
		Properties opening = new Properties();
		try (InputStream in = StockFileTest.class.getResourceAsStream("/opening-stock.properties")) {
			opening.load(in);
		}
		long lines = Files.readAllLines(Path.of("data/stock.csv")).size() - 1;
		assertEquals(Long.parseLong(opening.getProperty("items")), lines);
	}
}
