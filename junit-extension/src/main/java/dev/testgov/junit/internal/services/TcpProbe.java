package dev.testgov.junit.internal.services;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;

/** Connects to a {@code host:port} within a timeout; nothing is sent. */
final class TcpProbe {

	private TcpProbe() {
	}

	/** The fact that makes the address unavailable, or empty when it accepted the connection. */
	static Optional<String> check(ProbeTargets.HostPort target, Duration timeout) {
		String subject = "TCP [" + target + "]";
		InetSocketAddress address = new InetSocketAddress(target.host(), target.port());
		if (address.isUnresolved()) {
			return Optional.of(MissingItems.unknownHost(subject, target.host()));
		}
		try (Socket socket = new Socket()) {
			socket.connect(address, ProbeFailures.millis(timeout));
			return Optional.empty();
		}
		catch (IOException e) {
			return Optional.of(ProbeFailures.describe(subject, e, timeout));
		}
	}
}
