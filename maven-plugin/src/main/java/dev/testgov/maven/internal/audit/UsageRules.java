package dev.testgov.maven.internal.audit;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which bytecode references count as a use of Docker, the environment or the network.
 *
 * <p>Docker: any reference to {@code org/testcontainers/**} or {@code com/github/dockerjava/**}. Environment:
 * {@code System.getenv}. Network: {@code Socket} constructors and {@code connect}, {@code URL.openConnection}
 * and {@code openStream}, {@code URLConnection}/{@code HttpURLConnection} {@code connect},
 * {@code getInputStream}, {@code getOutputStream}, {@code getResponseCode}, {@code SocketChannel.open} and
 * {@code connect}, {@code java.net.http.HttpClient.send}/{@code sendAsync}, OkHttp's {@code newCall},
 * {@code execute}, {@code enqueue}, Apache HttpClient 4 and 5 {@code execute}, Spring's {@code RestTemplate}
 * and REST Assured's request methods.
 */
final class UsageRules {

	private static final String NETWORK = "opens network connections";
	private static final Set<String> URL_CONNECTION_CALLS = Set.of("connect", "getInputStream", "getOutputStream",
		"getResponseCode");
	private static final Set<String> REST_ASSURED_CALLS = Set.of("get", "post", "put", "delete", "patch", "head",
		"options", "request");
	private static final Map<String, Set<String>> NETWORK_CALLS = Map.ofEntries(
		Map.entry("java/net/Socket", Set.of("<init>", "connect")),
		Map.entry("javax/net/ssl/SSLSocket", Set.of("connect")),
		Map.entry("javax/net/SocketFactory", Set.of("createSocket")),
		Map.entry("javax/net/ssl/SSLSocketFactory", Set.of("createSocket")),
		Map.entry("java/net/URL", Set.of("openConnection", "openStream")),
		Map.entry("java/net/URLConnection", URL_CONNECTION_CALLS),
		Map.entry("java/net/HttpURLConnection", URL_CONNECTION_CALLS),
		Map.entry("javax/net/ssl/HttpsURLConnection", URL_CONNECTION_CALLS),
		Map.entry("java/nio/channels/SocketChannel", Set.of("open", "connect")),
		Map.entry("java/nio/channels/AsynchronousSocketChannel", Set.of("connect")),
		Map.entry("java/net/http/HttpClient", Set.of("send", "sendAsync")),
		Map.entry("okhttp3/OkHttpClient", Set.of("newCall")),
		Map.entry("okhttp3/Call", Set.of("execute", "enqueue")));

	private UsageRules() {
	}

	/** Evidence for a reference to a type: {@code new X}, {@code references X}. */
	static Optional<Evidence> type(String internalName, String how) {
		return docker(internalName).map(phrase -> new Evidence(Usage.DOCKER, phrase, how + " " + internalName));
	}

	/** Evidence for a method call; {@code constant} is a string pushed just before it, if any. */
	static Optional<Evidence> call(String owner, String name, String constant) {
		String called = owner + "." + name;
		Optional<String> docker = docker(owner);
		if (docker.isPresent()) {
			return Optional.of(new Evidence(Usage.DOCKER, docker.get(), (name.equals("<init>") ? "new " + owner : "calls " + called)));
		}
		if (owner.equals("java/lang/System") && name.equals("getenv")) {
			String argument = constant == null ? "" : "(\"" + constant + "\")";
			return Optional.of(new Evidence(Usage.ENVIRONMENT, "reads the environment", "calls " + called + argument));
		}
		if (isNetwork(owner, name)) {
			return Optional.of(new Evidence(Usage.NETWORK, NETWORK, (name.equals("<init>") ? "new " + owner : "calls " + called)));
		}
		return Optional.empty();
	}

	/** Evidence for an annotation on a class, field or method. */
	static Optional<Evidence> annotation(String descriptor, String where) {
		String type = descriptor.substring(1, descriptor.length() - 1);
		return docker(type).map(phrase -> new Evidence(Usage.DOCKER, phrase, where + "@" + type));
	}

	private static boolean isNetwork(String owner, String name) {
		Set<String> calls = NETWORK_CALLS.get(owner);
		if (calls != null) {
			return calls.contains(name);
		}
		if ((owner.startsWith("org/apache/http/") || owner.startsWith("org/apache/hc/client5/")) && name.equals("execute")) {
			return true;
		}
		if (owner.equals("org/springframework/web/client/RestTemplate")) {
			return !name.startsWith("<") && !name.startsWith("set") && !name.startsWith("get") || name.startsWith("getFor");
		}
		return owner.startsWith("io/restassured/") && REST_ASSURED_CALLS.contains(name);
	}

	private static Optional<String> docker(String internalName) {
		if (internalName.startsWith("org/testcontainers/")) {
			return Optional.of("uses Testcontainers");
		}
		return internalName.startsWith("com/github/dockerjava/") ? Optional.of("uses the Docker API") : Optional.empty();
	}
}
