package dev.testgov.demo.weather;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.testgov.junit.Manual;
import org.junit.jupiter.api.Test;

class ForecastCardTest {

	private final Forecast forecast = new Forecast("Reykjavík", -3, "snow showers");

	@Test
	void everyLineHasTheCardWidth() {
		assertTrue(ForecastCard.render(forecast).stream().allMatch(line -> line.length() == ForecastCard.WIDTH));
	}

	/** Whether the card looks right is for a person to judge: it prints the card for them. */
	@Test
	@Manual("look at the printed card: the borders must line up and the degrees must read naturally")
	void cardLooksRightInATerminal() {
		List<String> card = ForecastCard.render(forecast);
		System.out.println("[demo] manual check, the forecast card as the dashboard shows it:");
		card.forEach(line -> System.out.println("[demo]   " + line));
	}
}
