package dev.testgov.junit.internal.categories;

import java.util.Optional;

import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * Hands the discovery request's configuration parameters to {@link CategoryFilter}, which the JUnit
 * Platform gives none: set when discovery starts, cleared when it finishes.
 *
 * <p>Discovery, post-discovery filters included, runs on the thread that asked for it, so a thread-local
 * keeps launchers on different threads apart. Registered through {@code META-INF/services}; without it
 * (listener auto-registration switched off) the filter falls back to system properties.
 */
public class DiscoveryParameters implements LauncherDiscoveryListener {

	private static final ThreadLocal<ConfigurationParameters> CURRENT = new ThreadLocal<>();

	@Override
	public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
		CURRENT.set(request.getConfigurationParameters());
	}

	@Override
	public void launcherDiscoveryFinished(LauncherDiscoveryRequest request) {
		CURRENT.remove();
	}

	/** A parameter of the discovery running on this thread, else the system property. */
	public static Optional<String> get(String key) {
		ConfigurationParameters parameters = CURRENT.get();
		return parameters != null ? parameters.get(key) : Optional.ofNullable(System.getProperty(key));
	}
}
