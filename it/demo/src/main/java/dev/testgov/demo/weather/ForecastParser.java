package dev.testgov.demo.weather;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the weather API's flat JSON answer, e.g. {@code {"city":"Berlin","highCelsius":21,"sky":"sunny"}}. */
public final class ForecastParser {

	private static final Pattern TEXT = Pattern.compile("\"(city|sky)\"\\s*:\\s*\"([^\"]*)\"");
	private static final Pattern NUMBER = Pattern.compile("\"highCelsius\"\\s*:\\s*(-?\\d+)");

	private ForecastParser() {
	}

	public static Forecast parse(String json) {
		String city = null;
		String sky = null;
		for (Matcher text = TEXT.matcher(json); text.find();) {
			if (text.group(1).equals("city")) {
				city = text.group(2);
			}
			else {
				sky = text.group(2);
			}
		}
		Matcher number = NUMBER.matcher(json);
		if (city == null || sky == null || !number.find()) {
			throw new IllegalArgumentException("not a forecast: " + json);
		}
		return new Forecast(city, Integer.parseInt(number.group(1)), sky);
	}
}
