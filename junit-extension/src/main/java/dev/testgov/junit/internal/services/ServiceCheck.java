package dev.testgov.junit.internal.services;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import dev.testgov.junit.GateConfigurationException;
import dev.testgov.junit.internal.Environment;
import dev.testgov.junit.internal.Reasons;
import dev.testgov.junit.internal.Variables;
import dev.testgov.junit.services.ServiceDefinition;

/**
 * Checks one service: its variables first, then each probe whose placeholders resolve, then — when no
 * variable is missing — its custom probes. Probe answers come from the per-JVM {@link ProbeCache}.
 */
final class ServiceCheck {

	static final String SET_VARIABLES = "set the missing variables";
	static final String START_SERVICE = "start the service";

	private final ServiceDefinition definition;
	private final Environment environment;
	private final Set<String> variables = new LinkedHashSet<>();
	private final List<String> probes = new ArrayList<>();

	private ServiceCheck(ServiceDefinition definition, Environment environment) {
		this.definition = definition;
		this.environment = environment;
	}

	static ServiceStatus run(DeclaredService service, Environment environment) {
		ServiceCheck check = new ServiceCheck(service.definition(), environment);
		check.run();
		List<String> missing = new ArrayList<>(check.variables);
		missing.addAll(check.probes);
		return new ServiceStatus(service.name(), missing, missing.isEmpty() ? null : check.howToEnable(service));
	}

	private void run() {
		String name = definition.name();
		variables.addAll(Variables.check(ProbeTargets.attribute(name, "env"), definition.requiredVariables(), environment)
			.missingItems());
		for (String template : definition.tcpAddresses()) {
			resolve(template).map(address -> ProbeTargets.hostPort(name, template, address))
				.ifPresent(target -> probe("tcp " + target + " " + timeout(), () -> TcpProbe.check(target, definition.timeout())));
		}
		definition.httpUrls().forEach((template, statuses) -> resolve(template)
			.map(url -> ProbeTargets.httpUrl(name, template, url))
			.ifPresent(url -> probe("http " + url + " " + new TreeSet<>(statuses) + " " + timeout(),
				() -> HttpProbe.check(url, statuses, definition.timeout()))));
		if (variables.isEmpty()) {
			definition.customProbes().forEach((label, probe) -> probe(List.of(label, probe), () -> custom(label, probe)));
		}
	}

	private Optional<String> resolve(String template) {
		Placeholders.Resolution resolution = Placeholders.resolve(template, environment);
		variables.addAll(resolution.missing());
		return Optional.ofNullable(resolution.value());
	}

	private void probe(Object key, Supplier<Optional<String>> probe) {
		ProbeCache.answer(key, probe).ifPresent(probes::add);
	}

	private Optional<String> custom(String label, Supplier<Optional<String>> probe) {
		Optional<String> fact;
		try {
			fact = probe.get();
		}
		catch (RuntimeException e) {
			throw new GateConfigurationException(String.format(
				"Service [%s] probe [%s] threw [%s: %s]; a probe returns the missing fact instead of throwing",
				definition.name(), label, e.getClass().getSimpleName(), Reasons.firstLine(e.getMessage())), e);
		}
		if (fact == null || fact.filter(String::isBlank).isPresent()) {
			throw new GateConfigurationException(String.format("Service [%s] probe [%s] returned [%s]; return "
					+ "Optional.empty() when the service is up, else the missing fact", definition.name(), label, fact));
		}
		return fact.map(missing -> MissingItems.custom(label, missing.strip()));
	}

	private String howToEnable(DeclaredService service) {
		return definition.enableHint().orElseGet(() -> defaultHint(variables, probes) + " (declared in " + service.label() + ")");
	}

	private static String defaultHint(Collection<String> variables, Collection<String> probes) {
		if (probes.isEmpty()) {
			return SET_VARIABLES;
		}
		return variables.isEmpty() ? START_SERVICE : SET_VARIABLES + " and " + START_SERVICE;
	}

	private long timeout() {
		return definition.timeout().toMillis();
	}
}
