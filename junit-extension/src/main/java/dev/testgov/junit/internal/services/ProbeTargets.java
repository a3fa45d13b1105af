package dev.testgov.junit.internal.services;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import dev.testgov.junit.GateConfigurationException;

/**
 * Parses what probes point at — {@code host:port}, http(s) URLs, status codes — and words every
 * misconfiguration the same way: {@code Service [db] attribute [tcp] has an invalid value [localhost]: ...}.
 */
public final class ProbeTargets {

	private static final String HOST_PORT = "expected host:port, e.g. localhost:5432";

	private ProbeTargets() {
	}

	/** Validates a TCP address, completely unless it holds placeholders, whose syntax alone is checked. */
	public static void checkTcp(String service, String template) {
		checkTemplate(service, "tcp", template);
		if (!Placeholders.present(template)) {
			hostPort(service, template, template);
		}
	}

	/** Validates a URL, completely unless it holds placeholders, whose syntax alone is checked. */
	public static void checkHttp(String service, String template) {
		checkTemplate(service, "http", template);
		if (!Placeholders.present(template)) {
			httpUrl(service, template, template);
		}
	}

	/** An expected HTTP status between 100 and 599. */
	public static int status(String service, int status) {
		if (status < 100 || status > 599) {
			throw invalid(service, "http.status", String.valueOf(status), "expected a 3-digit HTTP status, e.g. 200");
		}
		return status;
	}

	/** An expected HTTP status written in a file. */
	public static int status(String service, String value) {
		if (!value.matches("[1-5][0-9]{2}")) {
			throw invalid(service, "http.status", value, "expected a 3-digit HTTP status, e.g. 200");
		}
		return Integer.parseInt(value);
	}

	static HostPort hostPort(String service, String template, String value) {
		boolean bracketed = value.startsWith("[");
		int colon = bracketed ? value.indexOf("]:") + 1 : value.lastIndexOf(':');
		String host = colon <= 0 ? "" : value.substring(bracketed ? 1 : 0, bracketed ? colon - 1 : colon);
		if (host.isBlank() || (!bracketed && host.contains(":"))) {
			throw invalid(service, "tcp", shown(template, value), HOST_PORT);
		}
		String port = value.substring(colon + 1);
		if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
			throw invalid(service, "tcp", shown(template, value), "port [" + port + "] is not a number from 1 to 65535");
		}
		return new HostPort(host, Integer.parseInt(port));
	}

	static URI httpUrl(String service, String template, String value) {
		// A resolved URL may carry a token in its query, so only the template is shown.
		String resolved = template.equals(value) ? "" : "once resolved, ";
		URI uri;
		try {
			uri = new URI(value);
		}
		catch (URISyntaxException e) {
			throw invalid(service, "http", template, resolved + "it is not a URL (" + e.getReason() + ")");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw invalid(service, "http", template, resolved + "scheme [" + scheme + "] is not http or https");
		}
		if (uri.getHost() == null) {
			throw invalid(service, "http", template, resolved + "it has no host; write e.g. http://localhost:8080/health");
		}
		return uri;
	}

	/** A URL as reasons show it: without user info, query or fragment, which may carry credentials. */
	static String display(URI uri) {
		String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		return uri.getScheme() + "://" + uri.getHost() + port + path;
	}

	/** The subject of every message about one attribute: {@code Service [db] attribute [tcp]}. */
	public static String attribute(String service, String attribute) {
		return "Service [" + service + "] attribute [" + attribute + "]";
	}

	/** The configuration error for one bad value. */
	public static GateConfigurationException invalid(String service, String attribute, String value, String problem) {
		return new GateConfigurationException(
			attribute(service, attribute) + " has an invalid value [" + value + "]: " + problem);
	}

	private static void checkTemplate(String service, String attribute, String template) {
		if (template == null || template.isBlank()) {
			throw invalid(service, attribute, String.valueOf(template), "it is blank; give a value or leave it out");
		}
		Placeholders.validate(service, attribute, template);
	}

	/** Host names and ports are no secrets, so the resolved address is shown next to the template. */
	private static String shown(String template, String value) {
		return template.equals(value) ? template : template + "] resolved to [" + value;
	}

	/** A TCP address; IPv6 hosts are shown in brackets. */
	record HostPort(String host, int port) {

		@Override
		public String toString() {
			return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
		}
	}
}
