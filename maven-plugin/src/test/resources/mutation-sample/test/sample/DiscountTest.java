package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DiscountTest {

	@Test
	void percentOff() {
		assertEquals(900, new PercentDiscount(10).apply(Money.of(1000)).cents());
	}

	@Test
	void percentageMustBeInRange() {
		assertThrows(IllegalArgumentException.class, () -> new PercentDiscount(101));
	}

	@Test
	void noneChangesNothing() {
		assertEquals(1000, Discount.none().apply(Money.of(1000)).cents());
		assertEquals("discount", Discount.none().describe());
	}

	@Nested
	class Threshold {

		private final Discount discount = new ThresholdDiscount(Money.of(5000), Money.of(500));

		@Test
		void belowTheThresholdNothingIsTakenOff() {
			assertEquals(4999, discount.apply(Money.of(4999)).cents());
		}

		@Test
		void atTheThresholdTheReductionApplies() {
			assertEquals(4500, discount.apply(Money.of(5000)).cents());
		}
	}
}
