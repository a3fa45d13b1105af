package dev.testgov.it.bookshop;

import java.util.function.LongUnaryOperator;

/** Applies the seasonal discount when the build ships one. */
public final class Pricing {

	private Pricing() {
	}

	public static long price(long list) {
		try {
			LongUnaryOperator seasonal = (LongUnaryOperator) Class.forName("dev.testgov.it.bookshop.SeasonalDiscount")
				.getDeclaredConstructor().newInstance();
			return seasonal.applyAsLong(list);
		}
		catch (ReflectiveOperationException noSeasonalDiscount) {
			return list;
		}
	}
}
