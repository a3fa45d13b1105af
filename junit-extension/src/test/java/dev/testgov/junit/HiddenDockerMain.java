package dev.testgov.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventType;
import org.testcontainers.DockerClientFactory;

/**
 * Runs a Docker-gated fixture in a JVM that cannot see the Docker socket and prints what happened, one line
 * per event: {@code SKIPPED|reason}, {@code FAILED|exception|message}, {@code TESTCONTAINERS|available}.
 */
public final class HiddenDockerMain {

	private HiddenDockerMain() {
	}

	public static void main(String[] args) {
		EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(GatedTestCase.class))
			.configurationParameter("testgov.strict", args[0])
			.execute()
			.allEvents()
			.stream()
			.forEach(event -> {
				if (event.getType() == EventType.SKIPPED) {
					System.out.println("SKIPPED|" + event.getPayload(String.class).orElse(""));
				}
				event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).ifPresent(thrown -> {
					Throwable cause = thrown.getCause() == null ? thrown : thrown.getCause();
					System.out.println("FAILED|" + cause.getClass().getSimpleName() + "|" + cause.getMessage());
				});
			});
		System.out.println("TESTCONTAINERS|" + DockerClientFactory.instance().isDockerAvailable());
	}

	static class GatedTestCase {

		@Test
		@RequiresDocker
		void needsDocker() {
		}
	}
}
