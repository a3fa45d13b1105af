package dev.testgov.demo.weather;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Asks a weather API for today's forecast: {@code GET <base>/v1/forecast/<city>}, with a bearer key if given. */
public final class WeatherClient {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final URI base;
	private final String apiKey;

	public WeatherClient(URI base, String apiKey) {
		this.base = base;
		this.apiKey = apiKey;
	}

	public Forecast today(String city) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(forecastUri(city)).timeout(Duration.ofSeconds(10));
		if (apiKey != null) {
			request.header("Authorization", "Bearer " + apiKey);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 404) {
			throw new IllegalArgumentException("the weather API has no forecast for [" + city + "]");
		}
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode() + " from " + base);
		}
		return ForecastParser.parse(response.body());
	}

	private URI forecastUri(String city) {
		String path = base.getPath().replaceAll("/$", "") + "/v1/forecast/" + URLEncoder.encode(city, StandardCharsets.UTF_8);
		return base.resolve(path);
	}
}
