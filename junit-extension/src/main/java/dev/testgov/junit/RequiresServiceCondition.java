package dev.testgov.junit;

import java.util.Arrays;
import java.util.List;

import dev.testgov.junit.internal.Environment;
import dev.testgov.junit.internal.Reasons;
import dev.testgov.junit.internal.services.ServiceRegistry;
import dev.testgov.junit.internal.services.ServiceStatus;

/** Opens {@link RequiresService} tests when their services are available. */
class RequiresServiceCondition extends GateCondition<RequiresService> {

	RequiresServiceCondition() {
		super(Gate.REQUIRES_SERVICE, RequiresService.class);
	}

	@Override
	Verdict evaluate(RequiresService annotation, Environment environment) {
		List<String> names = names(annotation);
		ServiceRegistry registry = ServiceRegistry.current(environment);
		// Every name must be declared before any probe runs: a typo fails even when another service is down.
		names.forEach(registry::definition);
		for (String name : names) {
			ServiceStatus status = registry.check(name, environment);
			if (!status.isAvailable()) {
				return Verdict.closed(Reasons.closed(Gate.REQUIRES_SERVICE, status.fact(), status.howToEnable()));
			}
		}
		return Verdict.open(Reasons.open(Gate.REQUIRES_SERVICE, names.size() == 1
				? "service [" + names.get(0) + "] is available" : "services " + names + " are available"));
	}

	private static List<String> names(RequiresService annotation) {
		if (annotation.value().length == 0) {
			throw new GateConfigurationException("@RequiresService(value) is empty; name at least one service");
		}
		for (String name : annotation.value()) {
			if (name == null || name.isBlank()) {
				throw new GateConfigurationException(String.format(
					"@RequiresService(value) contains a blank service name [%s]; name a declared service", name));
			}
		}
		return Arrays.asList(annotation.value());
	}

	@Override
	String userReason(RequiresService annotation) {
		return annotation.disabledReason();
	}
}
