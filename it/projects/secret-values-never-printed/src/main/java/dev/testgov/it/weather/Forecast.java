package dev.testgov.it.weather;

/** A day's forecast as the weather API reports it. */
public record Forecast(String city, int highCelsius, String sky) {

	public String headline() {
		return String.format("%s: %s, up to %d °C", city, sky, highCelsius);
	}
}
