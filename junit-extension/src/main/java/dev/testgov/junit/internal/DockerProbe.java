package dev.testgov.junit.internal;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import dev.testgov.junit.GateConfigurationException;

/**
 * Decides, once per JVM, whether Docker can be used: a native {@code /_ping} of the engine, then — when
 * Testcontainers is on the test classpath — Testcontainers' own detection, so the answer never says
 * "available" when Testcontainers cannot use it.
 */
public final class DockerProbe {

	public static final String TIMEOUT_PARAMETER = "testgov.docker.timeout";
	public static final String TESTCONTAINERS_PARAMETER = "testgov.docker.testcontainers";
	public static final String TESTCONTAINERS_TIMEOUT_PARAMETER = "testgov.docker.testcontainersTimeout";
	static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(1000);
	static final Duration DEFAULT_TESTCONTAINERS_TIMEOUT = Duration.ofSeconds(60);
	private static final String TESTCONTAINERS_FACTORY = "org.testcontainers.DockerClientFactory";
	private static final ConcurrentMap<String, Status> CACHE = new ConcurrentHashMap<>();

	private DockerProbe() {
	}

	/** The cached answer for this environment's endpoint and settings. */
	public static Status detect(Environment environment) {
		Duration timeout = environment.parameter(TIMEOUT_PARAMETER)
			.map(value -> Durations.parse(value, "-D" + TIMEOUT_PARAMETER))
			.orElse(DEFAULT_TIMEOUT);
		boolean askTestcontainers = environment.parameter(TESTCONTAINERS_PARAMETER)
			.map(DockerProbe::parseBoolean)
			.orElse(true);
		Duration testcontainersTimeout = environment.parameter(TESTCONTAINERS_TIMEOUT_PARAMETER)
			.map(value -> Durations.parse(value, "-D" + TESTCONTAINERS_TIMEOUT_PARAMETER))
			.orElse(DEFAULT_TESTCONTAINERS_TIMEOUT);
		DockerEndpoint endpoint = DockerEndpoint.resolve(environment);
		String key = endpoint + "|" + timeout + "|" + askTestcontainers + "|" + testcontainersTimeout;
		return CACHE.computeIfAbsent(key, ignored -> {
			Status status = DockerPing.ping(endpoint, timeout);
			if (!status.isAvailable() || !askTestcontainers || !testcontainersPresent()) {
				return status;
			}
			return askTestcontainers(status, testcontainersTimeout);
		});
	}

	private static boolean parseBoolean(String value) {
		String normalized = value.trim().toLowerCase(Locale.ROOT);
		if (normalized.equals("true") || normalized.equals("false")) {
			return Boolean.parseBoolean(normalized);
		}
		throw new GateConfigurationException(String.format("-D%s has an invalid value [%s]; use true or false",
			TESTCONTAINERS_PARAMETER, value));
	}

	private static ClassLoader classLoader() {
		ClassLoader context = Thread.currentThread().getContextClassLoader();
		return context != null ? context : DockerProbe.class.getClassLoader();
	}

	private static boolean testcontainersPresent() {
		try {
			Class.forName(TESTCONTAINERS_FACTORY, false, classLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	/**
	 * Testcontainers' detection can hang for minutes (pulling an image no registry serves), so it runs on a
	 * daemon thread with a deadline.
	 */
	private static Status askTestcontainers(Status pinged, Duration timeout) {
		ClassLoader loader = classLoader();
		return withDeadline(() -> askTestcontainersNow(pinged, loader), pinged, timeout);
	}

	static Status withDeadline(Supplier<Status> check, Status pinged, Duration timeout) {
		CompletableFuture<Status> answer = new CompletableFuture<>();
		Thread thread = new Thread(() -> answer.complete(check.get()), "testgov-testcontainers-check");
		thread.setDaemon(true);
		thread.start();
		try {
			return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			return pinged.refusedByTestcontainers(String.format("it did not find a working Docker environment within [%s];"
					+ " where no registry is reachable set TESTCONTAINERS_RYUK_DISABLED=true", Durations.format(timeout)));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return pinged.refusedByTestcontainers("the check was interrupted");
		}
		catch (ExecutionException e) {
			return pinged.refusedByTestcontainers("the check failed: " + e.getCause());
		}
	}

	/** Reflection keeps the extension free of a Testcontainers version: 1.x and 2.x both answer. */
	private static Status askTestcontainersNow(Status pinged, ClassLoader loader) {
		try {
			Class<?> factory = Class.forName(TESTCONTAINERS_FACTORY, true, loader);
			Object instance = factory.getMethod("instance").invoke(null);
			factory.getMethod("client").invoke(instance);
			return pinged.confirmedByTestcontainers();
		}
		catch (InvocationTargetException e) {
			return pinged.refusedByTestcontainers(Reasons.firstLine(String.valueOf(e.getCause().getMessage())));
		}
		catch (ReflectiveOperationException | LinkageError e) {
			return pinged.refusedByTestcontainers("its API could not be called: " + e);
		}
	}

	/** The outcome of a probe: a fact in the gate grammar, and how to enable Docker when it is missing. */
	public static final class Status {

		private static final String START_DOCKER = "start the Docker engine or set DOCKER_HOST";

		private final boolean available;
		private final String endpoint;
		private final String fact;
		private final String howToEnable;

		private Status(boolean available, String endpoint, String fact, String howToEnable) {
			this.available = available;
			this.endpoint = endpoint;
			this.fact = fact;
			this.howToEnable = howToEnable;
		}

		static Status available(DockerEndpoint endpoint, String apiVersion) {
			String version = apiVersion == null ? "" : " (API " + apiVersion + ")";
			return new Status(true, endpoint.toString(), "Docker is available at [" + endpoint + "]" + version, null);
		}

		static Status unverified(DockerEndpoint endpoint, String fact) {
			return new Status(true, endpoint.toString(), fact, null);
		}

		static Status unavailable(DockerEndpoint endpoint, String fact) {
			String how = fact.startsWith(DockerPing.PERMISSION_DENIED)
					? "add your user to the docker group, or point DOCKER_HOST at a socket you may use"
					: START_DOCKER;
			return new Status(false, endpoint.toString(), fact, how);
		}

		Status confirmedByTestcontainers() {
			return new Status(true, endpoint, fact + " and Testcontainers can use it", null);
		}

		Status refusedByTestcontainers(String cause) {
			return new Status(false, endpoint,
				String.format("Docker answers at [%s] but Testcontainers cannot use it (%s)", endpoint, cause),
				"check ~/.testcontainers.properties and the TESTCONTAINERS_* and DOCKER_* variables");
		}

		public boolean isAvailable() {
			return available;
		}

		public String endpoint() {
			return endpoint;
		}

		/** What was found, e.g. {@code Docker socket [/var/run/docker.sock] does not exist}. */
		public String fact() {
			return fact;
		}

		/** How to make Docker available; {@code null} when it is. */
		public String howToEnable() {
			return howToEnable;
		}
	}
}
