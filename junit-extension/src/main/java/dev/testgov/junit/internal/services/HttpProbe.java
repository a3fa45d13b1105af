package dev.testgov.junit.internal.services;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Sends one {@code GET} within a timeout, follows no redirect, and checks the status. */
final class HttpProbe {

	private HttpProbe() {
	}

	/** The fact that makes the URL unavailable, or empty when it answered an expected status. */
	static Optional<String> check(URI url, Set<Integer> expected, Duration timeout) {
		String subject = "HTTP [" + ProbeTargets.display(url) + "]";
		HttpURLConnection connection = null;
		try {
			connection = (HttpURLConnection) url.toURL().openConnection();
			connection.setInstanceFollowRedirects(false);
			connection.setUseCaches(false);
			connection.setConnectTimeout(ProbeFailures.millis(timeout));
			connection.setReadTimeout(ProbeFailures.millis(timeout));
			connection.setRequestMethod("GET");
			return judge(subject, connection.getResponseCode(), expected);
		}
		catch (IOException e) {
			return Optional.of(ProbeFailures.describe(subject, e, timeout));
		}
		finally {
			if (connection != null) {
				connection.disconnect();
			}
		}
	}

	private static Optional<String> judge(String subject, int status, Set<Integer> expected) {
		if (status < 0) {
			return Optional.of(MissingItems.notHttp(subject));
		}
		boolean accepted = expected.isEmpty() ? status / 100 == 2 : expected.contains(status);
		return accepted ? Optional.empty() : Optional.of(MissingItems.wrongStatus(subject, status, describe(expected)));
	}

	/** {@code 2xx}, or the expected statuses in order: {@code 200, 204}. */
	static String describe(Set<Integer> expected) {
		return expected.isEmpty() ? "2xx" : String.join(", ", new TreeSet<>(expected).stream().map(String::valueOf).toList());
	}
}
