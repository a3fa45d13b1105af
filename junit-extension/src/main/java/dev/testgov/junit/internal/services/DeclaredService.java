package dev.testgov.junit.internal.services;

import dev.testgov.junit.services.ServiceDefinition;

/**
 * A service definition and where it was declared.
 *
 * @param definition the service
 * @param location where it was declared in full, for errors: a file URL or a provider class
 * @param label where it was declared in short, for skip reasons: {@code testgov-services.properties}
 */
record DeclaredService(ServiceDefinition definition, String location, String label) {

	String name() {
		return definition.name();
	}
}
