package dev.testgov.junit.internal.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

import dev.testgov.junit.GateConfigurationException;
import dev.testgov.junit.internal.Reasons;
import dev.testgov.junit.services.ServiceDefinition;
import dev.testgov.junit.services.ServiceDefinitionProvider;

/**
 * Gathers every declared service — classpath files, the configured file, providers — and refuses a name
 * declared twice, naming both places.
 */
final class ServiceSources {

	private final Map<String, DeclaredService> services = new TreeMap<>();

	private ServiceSources() {
	}

	static Map<String, DeclaredService> load(ClassLoader loader, String resource, Optional<Path> file) {
		ServiceSources sources = new ServiceSources();
		for (URL url : resources(loader, resource)) {
			sources.addAll(ServiceFile.read(url, resource));
		}
		file.ifPresent(path -> sources.addAll(ServiceFile.read(url(path), path.toString())));
		providers(loader).forEach(provider -> sources.addAll(provided(provider)));
		return Collections.unmodifiableMap(sources.services);
	}

	private void addAll(List<DeclaredService> declared) {
		for (DeclaredService service : declared) {
			DeclaredService earlier = services.putIfAbsent(service.name(), service);
			if (earlier != null) {
				throw new GateConfigurationException(String.format(
					"Service [%s] is declared twice: in [%s] and in [%s]; keep one declaration",
					service.name(), earlier.location(), service.location()));
			}
		}
	}

	private static List<DeclaredService> provided(ServiceDefinitionProvider provider) {
		String location = "ServiceDefinitionProvider [" + provider.getClass().getName() + "]";
		Collection<ServiceDefinition> definitions;
		try {
			definitions = provider.services();
		}
		catch (GateConfigurationException e) {
			throw new GateConfigurationException(e.getMessage() + " (declared in [" + location + "])", e);
		}
		if (definitions == null || definitions.stream().anyMatch(definition -> definition == null)) {
			throw new GateConfigurationException(location + " returned null or a null service; return the definitions");
		}
		return definitions.stream().map(definition -> new DeclaredService(definition, location, location)).toList();
	}

	private static Collection<URL> resources(ClassLoader loader, String resource) {
		try {
			// A classpath listing the same directory twice yields the same URL twice: that is one file.
			return new LinkedHashSet<>(Collections.list(loader.getResources(resource)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list the classpath resources [" + resource + "]", e);
		}
	}

	private static URL url(Path path) {
		try {
			return path.toAbsolutePath().normalize().toUri().toURL();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot address the services file [" + path + "]", e);
		}
	}

	private static List<ServiceDefinitionProvider> providers(ClassLoader loader) {
		try {
			List<ServiceDefinitionProvider> providers = new ArrayList<>();
			ServiceLoader.load(ServiceDefinitionProvider.class, loader).forEach(providers::add);
			return providers;
		}
		catch (ServiceConfigurationError e) {
			throw new GateConfigurationException("A ServiceDefinitionProvider cannot be loaded: "
					+ Reasons.firstLine(e.getMessage()) + "; check META-INF/services/" + ServiceDefinitionProvider.class.getName(), e);
		}
	}
}
