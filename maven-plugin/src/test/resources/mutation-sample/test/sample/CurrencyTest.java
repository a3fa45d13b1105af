package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyTest {

	@ParameterizedTest
	@ValueSource(strings = {"EUR", "USD", "CHF"})
	void findsEveryCurrencyByCode(String code) {
		assertEquals(code, Currency.of(code).code());
	}

	@Test
	void unknownCodeFails() {
		assertThrows(IllegalArgumentException.class, () -> Currency.of("XXX"));
	}

	@TestFactory
	Stream<DynamicTest> symbols() {
		return Stream.of(dynamicTest("euro", () -> assertEquals("€", Currency.EUR.symbol())),
			dynamicTest("franc", () -> assertEquals("Fr.", Currency.CHF.symbol())));
	}
}
