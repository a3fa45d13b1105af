package dev.testgov.junit;

import java.util.Arrays;
import java.util.List;

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
		List<String> names = Arrays.asList(annotation.value());
		Variables variables = Variables.check("@RequiresEnv(value)", names, environment);
		if (variables.allPresent()) {
			return Verdict.open(Reasons.open(Gate.REQUIRES_ENV, Variables.describeSet(names)));
		}
		return Verdict.closed(Reasons.closed(Gate.REQUIRES_ENV, variables.describeMissing(),
			"set " + variables.pronoun() + " to run this test"));
	}

	@Override
	String userReason(RequiresEnv annotation) {
		return annotation.disabledReason();
	}
}
