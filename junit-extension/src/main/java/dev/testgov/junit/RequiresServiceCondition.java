package dev.testgov.junit;

import dev.testgov.junit.internal.Environment;

/** Opens {@link RequiresService} tests when their services are available. */
class RequiresServiceCondition extends GateCondition<RequiresService> {

	RequiresServiceCondition() {
		super(Gate.REQUIRES_SERVICE, RequiresService.class);
	}

	@Override
	Verdict evaluate(RequiresService annotation, Environment environment) {
		throw new UnsupportedOperationException("TODO: services registry");
	}

	@Override
	String userReason(RequiresService annotation) {
		return annotation.disabledReason();
	}
}
