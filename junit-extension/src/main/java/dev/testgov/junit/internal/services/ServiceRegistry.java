package dev.testgov.junit.internal.services;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

import dev.testgov.junit.GateConfigurationException;
import dev.testgov.junit.internal.Environment;
import dev.testgov.junit.services.ServiceDefinition;

/**
 * The declared services, shared by {@code @RequiresService} and {@code Services}: parsed once per class
 * loader and services file setting, and checked against the environment each caller reads.
 */
public final class ServiceRegistry {

	public static final String RESOURCE = "testgov-services.properties";
	public static final String FILE_PARAMETER = "testgov.services.file";
	private static final Map<ClassLoader, Map<String, ServiceRegistry>> CACHE = new WeakHashMap<>();

	private final Map<String, DeclaredService> services;
	private final String origins;

	private ServiceRegistry(Map<String, DeclaredService> services, String origins) {
		this.services = services;
		this.origins = origins;
	}

	/** The registry for the thread context class loader and the environment's {@code testgov.services.file}. */
	public static ServiceRegistry current(Environment environment) {
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		ClassLoader loader = context != null ? context : ServiceRegistry.class.getClassLoader();
		Optional<Path> file = configuredFile(environment);
		String key = file.map(path -> path.toAbsolutePath().normalize().toString()).orElse("");
		synchronized (CACHE) {
			Map<String, ServiceRegistry> byFile = CACHE.computeIfAbsent(loader, ignored -> new HashMap<>());
			ServiceRegistry registry = byFile.get(key);
			if (registry == null) {
				registry = load(loader, RESOURCE, file);
				byFile.put(key, registry);
			}
			return registry;
		}
	}

	/** Reads every resource of the given name, the optional file and the providers, uncached. */
	public static ServiceRegistry load(ClassLoader loader, String resource, Optional<Path> file) {
		file.filter(path -> !Files.isRegularFile(path)).ifPresent(path -> {
			throw new GateConfigurationException(String.format(
				"Services file [%s] named by [%s] does not exist (resolved to [%s]); fix the path or remove the setting",
				path, FILE_PARAMETER, path.toAbsolutePath().normalize()));
		});
		String origins = file.map(path -> resource + ", [" + path + "]").orElse(resource);
		return new ServiceRegistry(ServiceSources.load(loader, resource, file),
			"(in " + origins + " and ServiceDefinitionProvider implementations)");
	}

	private static Optional<Path> configuredFile(Environment environment) {
		Optional<String> setting = environment.parameter(FILE_PARAMETER).map(String::strip).filter(path -> !path.isEmpty());
		try {
			return setting.map(Paths::get);
		}
		catch (InvalidPathException e) {
			throw new GateConfigurationException(String.format("Services file [%s] named by [%s] is not a valid path: %s",
				setting.get(), FILE_PARAMETER, e.getReason()), e);
		}
	}

	/** The declared names, sorted. */
	public Set<String> names() {
		return services.keySet();
	}

	/** The definition of a declared service. */
	public ServiceDefinition definition(String name) {
		return declared(name).definition();
	}

	/** Checks a declared service against the environment. */
	public ServiceStatus check(String name, Environment environment) {
		return ServiceCheck.run(declared(name), environment);
	}

	private DeclaredService declared(String name) {
		DeclaredService service = name == null ? null : services.get(name);
		if (service == null) {
			throw new GateConfigurationException(String.format(
				"Unknown service [%s]; declared services are %s %s; check the name or declare it", name, names(), origins));
		}
		return service;
	}
}
