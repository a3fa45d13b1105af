package dev.testgov.it.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Gross prices from net prices and a VAT rate in percent. */
public final class PriceCalculator {

	private final BigDecimal vatPercent;

	public PriceCalculator(BigDecimal vatPercent) {
		this.vatPercent = vatPercent;
	}

	public BigDecimal gross(BigDecimal net) {
		if (net.signum() < 0) {
			throw new IllegalArgumentException("net price must not be negative: " + net);
		}
		BigDecimal factor = BigDecimal.ONE.add(vatPercent.movePointLeft(2));
		return net.multiply(factor).setScale(2, RoundingMode.HALF_UP);
	}
}
