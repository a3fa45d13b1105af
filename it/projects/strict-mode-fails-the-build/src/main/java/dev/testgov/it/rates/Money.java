package dev.testgov.it.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount converted at a given exchange rate, rounded to cents. */
public final class Money {

	private Money() {
	}

	public static BigDecimal convert(BigDecimal amount, BigDecimal rate) {
		return amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
	}
}
