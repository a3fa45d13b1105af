package dev.testgov.junit.internal.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.testgov.junit.internal.Durations;
import dev.testgov.junit.services.ServiceDefinition;

/** Turns the attributes of one service in a properties file into a {@link ServiceDefinition}. */
final class ServiceAttributes {

	private ServiceAttributes() {
	}

	/** The definition; a blank value, an empty list entry or an unparsable value is a configuration error. */
	static ServiceDefinition define(String name, Map<String, String> attributes) {
		ServiceDefinition.Builder builder = ServiceDefinition.named(name);
		attributes.forEach((attribute, value) -> {
			if (value.isEmpty()) {
				throw ProbeTargets.invalid(name, attribute, value, "it is blank; give a value or remove the key");
			}
		});
		ifPresent(attributes, "description", builder::description);
		ifPresent(attributes, "enable", builder::enableHint);
		builder.requiresVariables(list(name, attributes, "env").toArray(String[]::new));
		list(name, attributes, "tcp").forEach(builder::tcp);
		int[] statuses = list(name, attributes, "http.status").stream().mapToInt(s -> ProbeTargets.status(name, s)).toArray();
		if (statuses.length > 0 && !attributes.containsKey("http")) {
			throw ProbeTargets.invalid(name, "http.status", attributes.get("http.status"),
				"there is no [" + name + ".http] URL for it to apply to; add one or remove the key");
		}
		list(name, attributes, "http").forEach(url -> builder.http(url, statuses));
		ifPresent(attributes, "timeout", value -> builder.timeout(
			Durations.parse(value, ProbeTargets.attribute(name, "timeout"))));
		return builder.build();
	}

	private static void ifPresent(Map<String, String> attributes, String attribute, Consumer<String> setter) {
		if (attributes.containsKey(attribute)) {
			setter.accept(attributes.get(attribute));
		}
	}

	private static List<String> list(String name, Map<String, String> attributes, String attribute) {
		List<String> entries = new ArrayList<>();
		if (!attributes.containsKey(attribute)) {
			return entries;
		}
		for (String entry : attributes.get(attribute).split(",", -1)) {
			if (entry.isBlank()) {
				throw ProbeTargets.invalid(name, attribute, attributes.get(attribute),
					"it has an empty entry; separate entries with single commas");
			}
			entries.add(entry.strip());
		}
		return entries;
	}
}
