package dev.testgov.junit.internal.services;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import dev.testgov.junit.services.ServiceDefinition;
import dev.testgov.junit.services.ServiceDefinitionProvider;

/** {@link ServiceDefinitionProvider}s that the tests register through {@code META-INF/services} files. */
public final class FixtureProviders {

	private FixtureProviders() {
	}

	/** Declares a service whose custom probe reports a missing queue. */
	public static final class Queue implements ServiceDefinitionProvider {

		@Override
		public Collection<ServiceDefinition> services() {
			return List.of(ServiceDefinition.named("queue")
				.probe("topic", () -> Optional.of("topic [orders] does not exist"))
				.enableHint("create it with: ./create-topics.sh")
				.build());
		}
	}

	/** Declares {@code db}, which the tests also declare in a file. */
	public static final class Db implements ServiceDefinitionProvider {

		@Override
		public Collection<ServiceDefinition> services() {
			return List.of(ServiceDefinition.named("db").tcp("localhost:5432").build());
		}
	}

	/** Declares a TCP address without a port. */
	public static final class Misconfigured implements ServiceDefinitionProvider {

		@Override
		public Collection<ServiceDefinition> services() {
			return List.of(ServiceDefinition.named("broken").tcp("localhost").build());
		}
	}

	/** Returns a null service. */
	public static final class ReturnsNull implements ServiceDefinitionProvider {

		@Override
		public Collection<ServiceDefinition> services() {
			return Collections.singletonList(null);
		}
	}
}
