package dev.testgov.demo.weather;

/** Today's forecast for a city, as the weather API reports it. */
public record Forecast(String city, int highCelsius, String sky) {

	public int highFahrenheit() {
		return Math.round(highCelsius * 9 / 5f + 32);
	}
}
