package dev.testgov.junit.services;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.testgov.junit.GateConfigurationException;
import dev.testgov.junit.internal.Variables;
import dev.testgov.junit.internal.services.ProbeTargets;

/** Collects and validates a {@link ServiceDefinition}; every error names the service, attribute and value. */
final class ServiceDefinitionBuilder implements ServiceDefinition.Builder {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

	final String name;
	String description;
	final List<String> variables = new ArrayList<>();
	final List<String> tcp = new ArrayList<>();
	final Map<String, Set<Integer>> http = new LinkedHashMap<>();
	Duration timeout = ServiceDefinition.DEFAULT_TIMEOUT;
	String enableHint;
	final Map<String, Supplier<Optional<String>>> probes = new LinkedHashMap<>();

	ServiceDefinitionBuilder(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new GateConfigurationException(String.format(
				"Service name [%s] is invalid; names are letters, digits, '_' or '-'", name));
		}
		this.name = name;
	}

	@Override
	public ServiceDefinition.Builder description(String description) {
		this.description = text("description", description);
		return this;
	}

	@Override
	public ServiceDefinition.Builder requiresVariables(String... names) {
		List<String> all = new ArrayList<>(variables);
		all.addAll(Arrays.asList(names));
		Variables.validate(ProbeTargets.attribute(name, "env"), all);
		variables.addAll(Arrays.asList(names));
		return this;
	}

	@Override
	public ServiceDefinition.Builder tcp(String address) {
		ProbeTargets.checkTcp(name, address);
		once("tcp", address, !tcp.contains(address));
		tcp.add(address);
		return this;
	}

	@Override
	public ServiceDefinition.Builder http(String url, int... expectedStatuses) {
		ProbeTargets.checkHttp(name, url);
		once("http", url, !http.containsKey(url));
		Set<Integer> statuses = new LinkedHashSet<>();
		for (int status : expectedStatuses) {
			statuses.add(ProbeTargets.status(name, status));
		}
		http.put(url, Set.copyOf(statuses));
		return this;
	}

	@Override
	public ServiceDefinition.Builder timeout(Duration timeout) {
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw ProbeTargets.invalid(name, "timeout", String.valueOf(timeout), "write a positive duration");
		}
		this.timeout = timeout;
		return this;
	}

	@Override
	public ServiceDefinition.Builder enableHint(String hint) {
		this.enableHint = text("enable", hint);
		return this;
	}

	@Override
	public ServiceDefinition.Builder probe(String label, Supplier<Optional<String>> customProbe) {
		text("probe", label);
		once("probe", label, !probes.containsKey(label));
		if (customProbe == null) {
			throw ProbeTargets.invalid(name, "probe", label, "the probe is null; give a supplier of the missing fact");
		}
		probes.put(label, customProbe);
		return this;
	}

	@Override
	public ServiceDefinition build() {
		return new ServiceDefinition(this);
	}

	private String text(String attribute, String value) {
		if (value == null || value.isBlank()) {
			throw ProbeTargets.invalid(name, attribute, String.valueOf(value), "it is blank; give a value or leave it out");
		}
		return value.strip();
	}

	private void once(String attribute, String value, boolean first) {
		if (!first) {
			throw ProbeTargets.invalid(name, attribute, value, "it is declared twice; declare it once");
		}
	}
}
