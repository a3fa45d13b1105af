package dev.testgov.demo.weather;

import java.util.List;

/** Renders a forecast as a boxed text card for the terminal dashboard. */
public final class ForecastCard {

	static final int WIDTH = 28;

	private ForecastCard() {
	}

	public static List<String> render(Forecast forecast) {
		String border = "+" + "-".repeat(WIDTH - 2) + "+";
		return List.of(border,
			row(forecast.city()),
			row(forecast.sky()),
			row(forecast.highCelsius() + " °C / " + forecast.highFahrenheit() + " °F"),
			border);
	}

	private static String row(String text) {
		String cell = text.length() > WIDTH - 4 ? text.substring(0, WIDTH - 5) + "…" : text;
		return "| " + cell + " ".repeat(WIDTH - 4 - cell.length()) + " |";
	}
}
