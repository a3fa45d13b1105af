package dev.testgov.it.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

	@Test
	void convertsAtTheGivenRate() {
		assertEquals(new BigDecimal("10.85"), Money.convert(new BigDecimal("10.00"), new BigDecimal("1.0850")));
	}
}
