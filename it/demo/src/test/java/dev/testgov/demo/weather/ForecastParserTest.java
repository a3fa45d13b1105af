package dev.testgov.demo.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ForecastParserTest {

	@Test
	void readsTheApiAnswer() {
		Forecast forecast = ForecastParser.parse("{\"city\":\"Berlin\",\"highCelsius\":21,\"sky\":\"sunny\"}");
		assertEquals(new Forecast("Berlin", 21, "sunny"), forecast);
	}

	@Test
	void rejectsAnAnswerWithoutTemperature() {
		assertThrows(IllegalArgumentException.class, () -> ForecastParser.parse("{\"city\":\"Berlin\",\"sky\":\"sunny\"}"));
	}

	@Test
	void convertsToFahrenheit() {
		assertEquals(70, new Forecast("Berlin", 21, "sunny").highFahrenheit());
	}
}
