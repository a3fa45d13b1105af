package dev.testgov.junit.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the Docker engine should be: {@code -Dtestgov.docker.host}, else {@code DOCKER_HOST}, else the first
 * default socket that exists (system, rootless, Docker Desktop, Rancher Desktop, Colima).
 */
public final class DockerEndpoint {

	public static final String HOST_PARAMETER = "testgov.docker.host";
	static final String DEFAULT_SOCKET = "/var/run/docker.sock";

	enum Kind {
		UNIX, TCP, UNSUPPORTED
	}

	private final Kind kind;
	private final String address;
	private final String host;
	private final int port;
	private final boolean tls;

	private DockerEndpoint(Kind kind, String address, String host, int port, boolean tls) {
		this.kind = kind;
		this.address = address;
		this.host = host;
		this.port = port;
		this.tls = tls;
	}

	/** Resolves the endpoint the way the Docker CLI does, plus the common desktop sockets. */
	public static DockerEndpoint resolve(Environment environment) {
		Optional<String> configured = environment.parameter(HOST_PARAMETER)
			.or(() -> environment.variable("DOCKER_HOST"))
			.map(String::trim)
			.filter(value -> !value.isEmpty());
		boolean tls = environment.variable("DOCKER_TLS_VERIFY").filter(value -> !value.isBlank() && !value.equals("0"))
			.isPresent();
		return configured.map(value -> parse(value, tls)).orElseGet(() -> defaultSocket(environment));
	}

	static DockerEndpoint parse(String value, boolean tls) {
		if (value.startsWith("unix://")) {
			return unix(value.substring("unix://".length()));
		}
		if (value.startsWith("tcp://") || value.startsWith("http://") || value.startsWith("https://")) {
			try {
				URI uri = new URI(value);
				boolean secure = tls || value.startsWith("https://");
				int port = uri.getPort() > 0 ? uri.getPort() : secure ? 2376 : 2375;
				if (uri.getHost() != null) {
					return new DockerEndpoint(Kind.TCP, value, uri.getHost(), port, secure);
				}
			}
			catch (URISyntaxException e) {
				// reported below as unsupported
			}
		}
		return new DockerEndpoint(Kind.UNSUPPORTED, value, null, 0, tls);
	}

	private static DockerEndpoint defaultSocket(Environment environment) {
		if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
			return new DockerEndpoint(Kind.UNSUPPORTED, "npipe:////./pipe/docker_engine", null, 0, false);
		}
		List<String> candidates = new ArrayList<>();
		candidates.add(DEFAULT_SOCKET);
		environment.variable("XDG_RUNTIME_DIR").ifPresent(dir -> candidates.add(dir + "/docker.sock"));
		String home = System.getProperty("user.home", "");
		for (String relative : List.of(".docker/run/docker.sock", ".docker/desktop/docker.sock", ".rd/docker.sock",
			".colima/default/docker.sock")) {
			candidates.add(home + "/" + relative);
		}
		return candidates.stream()
			.filter(candidate -> Files.exists(Paths.get(candidate)))
			.findFirst()
			.map(DockerEndpoint::unix)
			.orElseGet(() -> unix(DEFAULT_SOCKET));
	}

	private static DockerEndpoint unix(String path) {
		return new DockerEndpoint(Kind.UNIX, "unix://" + path, path, 0, false);
	}

	Kind kind() {
		return kind;
	}

	/** The socket path, for a Unix endpoint. */
	Path socket() {
		return Paths.get(host);
	}

	String host() {
		return host;
	}

	int port() {
		return port;
	}

	boolean isTls() {
		return tls;
	}

	@Override
	public String toString() {
		return address;
	}
}
