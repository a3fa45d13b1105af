package dev.testgov.junit.internal.services;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.testgov.junit.GateConfigurationException;
import dev.testgov.junit.internal.Reasons;

/**
 * Reads one {@code testgov-services.properties}: keys are {@code <service>.<attribute>}, and an unknown
 * attribute is an error, so that a typo never silently skips a test.
 */
final class ServiceFile {

	static final List<String> ATTRIBUTES = List.of("description", "env", "tcp", "http", "http.status", "timeout", "enable");
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
	private static final Pattern END_OF_LINE_COMMENT = Pattern.compile(".*\\s#.*");
	private static final String COMMENT_HINT = "; note that a # after a value is part of the value: "
			+ "put comments on lines of their own";

	private ServiceFile() {
	}

	/** The services the file declares, in name order. */
	static List<DeclaredService> read(URL url, String label) {
		List<DeclaredService> services = new ArrayList<>();
		group(load(url), url).forEach((name, attributes) -> {
			try {
				services.add(new DeclaredService(ServiceAttributes.define(name, attributes), url.toString(), label));
			}
			catch (GateConfigurationException e) {
				throw new GateConfigurationException(e.getMessage() + " (declared in [" + url + "])"
						+ (commented(attributes) ? COMMENT_HINT : ""), e);
			}
		});
		return services;
	}

	private static Map<String, Map<String, String>> group(Map<String, String> properties, URL url) {
		Map<String, Map<String, String>> services = new TreeMap<>();
		properties.forEach((key, value) -> {
			int dot = key.indexOf('.');
			if (dot < 0) {
				throw new GateConfigurationException(String.format(
					"Key [%s] in [%s] is not <service>.<attribute>; allowed attributes are %s", key, url, ATTRIBUTES));
			}
			String name = key.substring(0, dot);
			String attribute = key.substring(dot + 1);
			if (!NAME.matcher(name).matches()) {
				throw new GateConfigurationException(String.format(
					"Invalid service name [%s] in key [%s] of [%s]; names are letters, digits, '_' or '-'", name, key, url));
			}
			if (!ATTRIBUTES.contains(attribute)) {
				throw new GateConfigurationException(String.format(
					"Unknown attribute [%s] in key [%s] of [%s]; allowed attributes are %s", attribute, key, url, ATTRIBUTES));
			}
			services.computeIfAbsent(name, ignored -> new TreeMap<>()).put(attribute, value.strip());
		});
		return services;
	}

	private static boolean commented(Map<String, String> attributes) {
		return attributes.values().stream().anyMatch(value -> END_OF_LINE_COMMENT.matcher(value).matches());
	}

	private static Map<String, String> load(URL url) {
		KeyCheckingProperties properties = new KeyCheckingProperties();
		try {
			URLConnection connection = url.openConnection();
			connection.setUseCaches(false);
			try (Reader reader = new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		catch (IOException | IllegalArgumentException e) {
			throw new GateConfigurationException(String.format("Services file [%s] cannot be read: %s", url,
				Reasons.firstLine(e.getMessage())), e);
		}
		if (!properties.duplicates.isEmpty()) {
			throw new GateConfigurationException(String.format("Key [%s] appears more than once in [%s]; keep one",
				properties.duplicates.get(0), url));
		}
		Map<String, String> entries = new TreeMap<>();
		properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
		return entries;
	}

	/** Remembers keys seen twice, which {@link java.util.Properties} would silently overwrite. */
	private static final class KeyCheckingProperties extends java.util.Properties {

		private static final long serialVersionUID = 1L;
		private final transient List<String> duplicates = new ArrayList<>();

		@Override
		public synchronized Object put(Object key, Object value) {
			if (containsKey(key)) {
				duplicates.add(String.valueOf(key));
			}
			return super.put(key, value);
		}
	}
}
