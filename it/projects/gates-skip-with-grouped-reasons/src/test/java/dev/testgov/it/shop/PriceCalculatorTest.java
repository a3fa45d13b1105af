package dev.testgov.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

	private final PriceCalculator calculator = new PriceCalculator(new BigDecimal("19"));

	@Test
	void addsVat() {
		assertEquals(new BigDecimal("11.90"), calculator.gross(new BigDecimal("10.00")));
	}

	@Test
	void rejectsNegativePrices() {
		assertThrows(IllegalArgumentException.class, () -> calculator.gross(new BigDecimal("-1")));
	}
}
