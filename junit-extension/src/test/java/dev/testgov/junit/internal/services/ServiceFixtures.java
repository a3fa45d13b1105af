package dev.testgov.junit.internal.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import dev.testgov.junit.internal.Environment;

/** Services files and class loaders in a temporary directory, and stubbed environments, for the tests. */
public final class ServiceFixtures {

	/** A resource name no real classpath holds, so the module's own test services never leak in. */
	public static final String RESOURCE = "fixture-services.properties";

	private ServiceFixtures() {
	}

	/** Writes the lines as {@link #RESOURCE} in the directory and returns the file. */
	public static Path write(Path directory, String... lines) {
		return writeFile(directory.resolve(RESOURCE), lines);
	}

	/** Writes the lines to the file, creating its directories. */
	public static Path writeFile(Path file, String... lines) {
		try {
			Files.createDirectories(file.getParent());
			return Files.writeString(file, String.join("\n", lines) + "\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The URL by which a file is named in messages. */
	public static String url(Path file) {
		try {
			return file.toUri().toURL().toString();
		}
		catch (MalformedURLException e) {
			throw new IllegalArgumentException(e);
		}
	}

	/** A class loader over the directories, in front of the test classpath. */
	public static ClassLoader classpath(Path... directories) {
		URL[] urls = new URL[directories.length];
		for (int i = 0; i < directories.length; i++) {
			try {
				urls[i] = directories[i].toUri().toURL();
			}
			catch (MalformedURLException e) {
				throw new IllegalArgumentException(e);
			}
		}
		return new URLClassLoader(urls, ServiceFixtures.class.getClassLoader());
	}

	/** The registry declared by {@link #RESOURCE} files in the directories. */
	public static ServiceRegistry registry(Path... directories) {
		return ServiceRegistry.load(classpath(directories), RESOURCE, Optional.empty());
	}

	/** An environment made of the given values: parameters (system properties) and variables. */
	public static Environment environment(Map<String, String> parameters, Map<String, String> variables) {
		return Environment.of(key -> Optional.ofNullable(parameters.get(key)),
			name -> Optional.ofNullable(variables.get(name)));
	}

	/** An environment with nothing set. */
	public static Environment emptyEnvironment() {
		return environment(Map.of(), Map.of());
	}
}
