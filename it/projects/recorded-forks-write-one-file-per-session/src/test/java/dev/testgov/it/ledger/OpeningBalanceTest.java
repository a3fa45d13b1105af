package dev.testgov.it.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class OpeningBalanceTest {

	@Test
	void openingBalanceComesFromTheFixture() throws IOException {
		Properties fixture = new Properties();
		try (InputStream in = OpeningBalanceTest.class.getResourceAsStream("/opening-balance.properties")) {
			fixture.load(in);
		}
		Ledger ledger = new Ledger();
		ledger.credit(Long.parseLong(fixture.getProperty("balance")));
		assertEquals(100, ledger.balance());
	}
}
