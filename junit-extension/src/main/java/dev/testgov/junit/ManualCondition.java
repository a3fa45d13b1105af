package dev.testgov.junit;

import java.util.Locale;
import java.util.Optional;

import dev.testgov.junit.internal.Environment;
import dev.testgov.junit.internal.Reasons;

/** Opens {@link Manual} tests when the user opted in. */
class ManualCondition extends GateCondition<Manual> {

	static final String PARAMETER = "testgov.manual";
	static final String VARIABLE = "RUN_MANUAL_TESTS";
	private static final String HOW_TO_ENABLE = "run with -Dtestgov.manual=true or set " + VARIABLE + "=1";

	ManualCondition() {
		super(Gate.MANUAL, Manual.class);
	}

	@Override
	Verdict evaluate(Manual annotation, Environment environment) {
		Optional<String> property = environment.parameter(PARAMETER);
		if (property.isPresent()) {
			return decide("system property [" + PARAMETER + "]", property.get(), "true");
		}
		Optional<String> variable = environment.variable(VARIABLE);
		if (variable.isPresent()) {
			return decide("environment variable [" + VARIABLE + "]", variable.get(), "1");
		}
		return Verdict.closed(Reasons.closed(Gate.MANUAL, "system property [" + PARAMETER + "] is not set", HOW_TO_ENABLE));
	}

	private static Verdict decide(String source, String rawValue, String expected) {
		String value = rawValue.trim().toLowerCase(Locale.ROOT);
		if (value.equals("true") || value.equals("1")) {
			return Verdict.open(Reasons.open(Gate.MANUAL, source + " is [" + value + "]"));
		}
		if (value.isEmpty() || value.equals("false") || value.equals("0")) {
			return Verdict.closed(Reasons.closed(Gate.MANUAL, source + " is [" + value + "], not " + expected, HOW_TO_ENABLE));
		}
		throw new GateConfigurationException(String.format(
			"@Manual: %s has an invalid value [%s]; use true or 1 to run manual tests, false or 0 to skip them",
			source, rawValue));
	}

	@Override
	String userReason(Manual annotation) {
		return annotation.value();
	}
}
