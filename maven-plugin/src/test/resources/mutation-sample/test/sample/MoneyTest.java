package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MoneyTest {

	@Test
	void adds() {
		assertEquals(350, Money.of(100).plus(Money.of(250)).cents());
	}

	@Test
	void subtracts() {
		assertEquals(-150, Money.of(100).minus(Money.of(250)).cents());
	}

	@Test
	void multiplies() {
		assertEquals(300, Money.of(100).times(3).cents());
	}

	@Test
	void percentRoundsHalfUp() {
		assertEquals(19, Money.of(99).percent(19).cents());
		assertEquals(1, Money.of(5).percent(10).cents());
	}

	@Test
	void formats() {
		assertEquals("12.05 EUR", Money.of(1205).toString());
		assertEquals("-0.50 EUR", Money.of(-50).toString());
	}

	@Test
	void compares() {
		assertTrue(Money.of(1).compareTo(Money.of(2)) < 0);
	}

	@Test
	void refusesToMixCurrencies() {
		assertThrows(IllegalArgumentException.class, () -> Money.of(1).plus(new Money(1, Currency.USD)));
	}
}
