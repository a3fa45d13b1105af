package dev.testgov.junit;

import java.util.Arrays;

import dev.testgov.junit.internal.Environment;
import dev.testgov.junit.internal.Reasons;
import dev.testgov.junit.internal.Variables;

/** Opens {@link RequiresEnv} tests when every named variable is set. */
class RequiresEnvCondition extends GateCondition<RequiresEnv> {

	RequiresEnvCondition() {
		super(Gate.REQUIRES_ENV, RequiresEnv.class);
	}

	@Override
	Verdict evaluate(RequiresEnv annotation, Environment environment) {
		if (annotation.value().length == 0) {
			throw new GateConfigurationException("@RequiresEnv(value) is empty; name at least one variable");
		}
		Variables variables = Variables.check("@RequiresEnv(value)", Arrays.asList(annotation.value()), environment);
		if (variables.allPresent()) {
			return Verdict.open(Reasons.open(Gate.REQUIRES_ENV,
				"environment variables or system properties " + Arrays.toString(annotation.value()) + " are set"));
		}
		return Verdict.closed(Reasons.closed(Gate.REQUIRES_ENV, variables.describeMissing(), "set them to run this test"));
	}

	@Override
	String userReason(RequiresEnv annotation) {
		return annotation.disabledReason();
	}
}
