package dev.testgov.junit;

import dev.testgov.junit.internal.DockerProbe;
import dev.testgov.junit.internal.Environment;
import dev.testgov.junit.internal.Reasons;

/** Opens {@link RequiresDocker} tests when the Docker engine answers. */
class RequiresDockerCondition extends GateCondition<RequiresDocker> {

	RequiresDockerCondition() {
		super(Gate.REQUIRES_DOCKER, RequiresDocker.class);
	}

	@Override
	Verdict evaluate(RequiresDocker annotation, Environment environment) {
		DockerProbe.Status status = DockerProbe.detect(environment);
		if (status.isAvailable()) {
			return Verdict.open(Reasons.open(Gate.REQUIRES_DOCKER, status.fact()));
		}
		return Verdict.closed(Reasons.closed(Gate.REQUIRES_DOCKER, status.fact(), status.howToEnable()));
	}

	@Override
	String userReason(RequiresDocker annotation) {
		return annotation.disabledReason();
	}
}
