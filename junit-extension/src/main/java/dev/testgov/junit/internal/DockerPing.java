package dev.testgov.junit.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Asks a Docker engine {@code GET /_ping} over its Unix socket or TCP port, within a deadline, and says in
 * one line what happened. No Docker client library: this must cost milliseconds.
 */
final class DockerPing {

	static final String PERMISSION_DENIED = "permission denied on Docker at";
	private static final int MAX_RESPONSE = 16 * 1024;
	private static final byte[] REQUEST = "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	private DockerPing() {
	}

	static DockerProbe.Status ping(DockerEndpoint endpoint, Duration timeout) {
		switch (endpoint.kind()) {
			case UNIX:
				return pingUnix(endpoint, timeout);
			case TCP:
				return pingTcp(endpoint, timeout);
			default:
				return DockerProbe.Status.unverified(endpoint, String.format(
					"Docker endpoint [%s] cannot be pinged natively (only unix:// and tcp:// can)", endpoint));
		}
	}

	private static DockerProbe.Status pingUnix(DockerEndpoint endpoint, Duration timeout) {
		Path socket = endpoint.socket();
		if (!Files.exists(socket)) {
			return DockerProbe.Status.unavailable(endpoint, "Docker socket [" + socket + "] does not exist");
		}
		String type = fileType(socket);
		if (!type.equals("socket")) {
			return DockerProbe.Status.unavailable(endpoint,
				"Docker socket [" + socket + "] is not a socket (it is a " + type + ")");
		}
		return exchange(endpoint, UnixDomainSocketAddress.of(socket), StandardProtocolFamily.UNIX, timeout);
	}

	private static DockerProbe.Status pingTcp(DockerEndpoint endpoint, Duration timeout) {
		InetSocketAddress address = new InetSocketAddress(endpoint.host(), endpoint.port());
		if (address.isUnresolved()) {
			return DockerProbe.Status.unavailable(endpoint, "Docker host [" + endpoint.host() + "] does not resolve");
		}
		return exchange(endpoint, address, address.getAddress().getAddress().length == 4
				? StandardProtocolFamily.INET : StandardProtocolFamily.INET6, timeout);
	}

	private static DockerProbe.Status exchange(DockerEndpoint endpoint, SocketAddress address,
			StandardProtocolFamily family, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Selector selector = Selector.open(); SocketChannel channel = SocketChannel.open(family)) {
			channel.configureBlocking(false);
			if (!channel.connect(address)) {
				await(selector, channel, SelectionKey.OP_CONNECT, deadline);
				channel.finishConnect();
			}
			if (endpoint.isTls()) {
				return DockerProbe.Status.unverified(endpoint,
					"Docker endpoint [" + endpoint + "] accepts connections (TLS, so /_ping was not sent)");
			}
			ByteBuffer request = ByteBuffer.wrap(REQUEST);
			while (request.hasRemaining()) {
				if (channel.write(request) == 0) {
					await(selector, channel, SelectionKey.OP_WRITE, deadline);
				}
			}
			return interpret(endpoint, read(selector, channel, deadline));
		}
		catch (TimeoutException e) {
			return DockerProbe.Status.unavailable(endpoint, String.format("Docker at [%s] did not answer /_ping within [%s]",
				endpoint, Durations.format(timeout)));
		}
		catch (IOException e) {
			return DockerProbe.Status.unavailable(endpoint, describe(endpoint, e));
		}
	}

	private static String read(Selector selector, SocketChannel channel, long deadline) throws IOException {
		ByteBuffer response = ByteBuffer.allocate(MAX_RESPONSE);
		while (response.hasRemaining()) {
			int read = channel.read(response);
			if (read < 0) {
				break;
			}
			if (read == 0) {
				await(selector, channel, SelectionKey.OP_READ, deadline);
			}
		}
		return new String(response.array(), 0, response.position(), StandardCharsets.ISO_8859_1);
	}

	private static void await(Selector selector, SocketChannel channel, int operation, long deadline) throws IOException {
		SelectionKey key = channel.register(selector, operation);
		try {
			long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
			if (remaining <= 0 || selector.select(remaining) == 0) {
				throw new TimeoutException();
			}
			selector.selectedKeys().clear();
		}
		finally {
			key.interestOps(0);
		}
	}

	private static DockerProbe.Status interpret(DockerEndpoint endpoint, String response) {
		if (response.isEmpty()) {
			return DockerProbe.Status.unavailable(endpoint, "Docker at [" + endpoint + "] closed the connection without answering /_ping");
		}
		String statusLine = Reasons.firstLine(response);
		if (!statusLine.startsWith("HTTP/")) {
			return DockerProbe.Status.unavailable(endpoint, String.format("[%s] answered /_ping with something other than HTTP [%s]",
				endpoint, abbreviate(statusLine)));
		}
		if (!statusLine.matches("HTTP/\\S+ 200( .*)?")) {
			return DockerProbe.Status.unavailable(endpoint, String.format("Docker at [%s] answered /_ping with [%s]", endpoint,
				abbreviate(statusLine)));
		}
		return DockerProbe.Status.available(endpoint, apiVersion(response));
	}

	private static String apiVersion(String response) {
		for (String line : response.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("api-version:")) {
				return line.substring("api-version:".length()).trim();
			}
		}
		return null;
	}

	private static String describe(DockerEndpoint endpoint, IOException e) {
		String message = String.valueOf(e.getMessage());
		String lower = message.toLowerCase(Locale.ROOT);
		if (lower.contains("permission denied")) {
			return PERMISSION_DENIED + " [" + endpoint + "]";
		}
		if (lower.contains("connection refused")) {
			return "Docker at [" + endpoint + "] refused the connection (the engine is not running)";
		}
		return String.format("Docker at [%s] is not reachable (%s: %s)", endpoint, e.getClass().getSimpleName(),
			Reasons.firstLine(message));
	}

	private static String fileType(Path path) {
		try {
			int mode = (Integer) Files.getAttribute(path, "unix:mode");
			switch (mode & 0170000) {
				case 0140000:
					return "socket";
				case 0100000:
					return "regular file";
				case 0040000:
					return "directory";
				case 0020000:
					return "character device";
				case 0060000:
					return "block device";
				case 0010000:
					return "named pipe";
				default:
					return "special file";
			}
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
			return "socket";
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}

	private static final class TimeoutException extends IOException {

		private static final long serialVersionUID = 1L;
	}
}
