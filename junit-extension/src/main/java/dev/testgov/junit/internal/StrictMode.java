package dev.testgov.junit.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import dev.testgov.junit.Gate;
import dev.testgov.junit.GateConfigurationException;

/**
 * Which gates fail instead of skipping: {@code -Dtestgov.strict=requires_docker,live_api}, {@code all} or
 * {@code none}, else the environment variable {@code TESTGOV_STRICT}.
 *
 * <p>{@code all} covers every gate except {@code manual}: a manual test that did not run is the normal
 * state of a build, so it becomes strict only when named.
 */
public final class StrictMode {

	public static final String PARAMETER = "testgov.strict";
	public static final String VARIABLE = "TESTGOV_STRICT";

	private final Set<Gate> gates;
	private final String setting;

	private StrictMode(Set<Gate> gates, String setting) {
		this.gates = gates;
		this.setting = setting;
	}

	/** Reads strict mode; an unknown gate name is a configuration error. */
	public static StrictMode from(Environment environment) {
		if (environment.parameter(PARAMETER).isPresent()) {
			return parse(environment.parameter(PARAMETER).get(), PARAMETER);
		}
		return environment.variable(VARIABLE).map(value -> parse(value, VARIABLE)).orElse(new StrictMode(Set.of(), ""));
	}

	static StrictMode parse(String value, String source) {
		Set<Gate> gates = EnumSet.noneOf(Gate.class);
		for (String entry : value.split(",")) {
			String name = entry.trim();
			if (name.isEmpty() || name.equals("none") || name.equals("false")) {
				continue;
			}
			if (name.equals("all") || name.equals("true")) {
				gates.addAll(EnumSet.complementOf(EnumSet.of(Gate.MANUAL)));
				continue;
			}
			gates.add(Gate.ofTag(name).orElseThrow(() -> unknownGate(source, name)));
		}
		return new StrictMode(gates, source + "=" + value.trim());
	}

	private static GateConfigurationException unknownGate(String source, String name) {
		String known = Arrays.stream(Gate.values()).map(Gate::tag).collect(Collectors.joining(", "));
		return new GateConfigurationException(String.format(
			"Strict mode %s names an unknown gate [%s]; use a comma-separated list of %s, or all, or none",
			source, name, known));
	}

	/** Whether a closed gate must fail rather than skip. */
	public boolean covers(Gate gate) {
		return gates.contains(gate);
	}

	/** The sentence appended to a skip reason that strict mode turned into a failure. */
	public String explain(Gate gate) {
		return String.format("strict mode [%s] makes %s fail instead of skip", setting, gate.tag());
	}
}
