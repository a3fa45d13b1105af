package dev.testgov.it.bookshop;

import java.util.function.LongUnaryOperator;

public final class SeasonalDiscount implements LongUnaryOperator {

	@Override
	public long applyAsLong(long price) {
		return Prices.discounted(price, 20);
	}
}
