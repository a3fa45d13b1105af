package dev.testgov.it.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PricingTest {

	@ParameterizedTest
	@ValueSource(strings = {"book", "mug"})
	void pricesEachItem(String item) {
		assertTrue(Pricer.price(item) > 0);
	}

	@RepeatedTest(2)
	void numbersOrders(RepetitionInfo repetition) {
		assertEquals(repetition.getCurrentRepetition() + 1, Pricer.nextOrderNumber(repetition.getCurrentRepetition()));
	}

	@TestFactory
	Stream<DynamicTest> labels() {
		return Stream.of(dynamicTest("book", () -> assertEquals("BOOK", Labels.book())),
			dynamicTest("mug", () -> assertEquals("MUG", Labels.mug())));
	}
}
