package dev.testgov.junit.internal;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A real Unix-socket server that answers {@code /_ping} the way a scripted engine would: the probe under
 * test talks to an actual socket, only the engine behind it is simplified.
 */
public final class FakeDockerEngine implements AutoCloseable {

	/** What the engine does with a connection. */
	public enum Behaviour {
		HEALTHY("HTTP/1.1 200 OK\r\nApi-Version: 1.47\r\nContent-Length: 2\r\n\r\nOK"),
		BROKEN("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n"),
		NOT_HTTP("SSH-2.0-OpenSSH_9.2\r\n"),
		HANG_UP(""),
		SILENT(null);

		private final String response;

		Behaviour(String response) {
			this.response = response;
		}
	}

	private final ServerSocketChannel server;
	private final Path socket;
	private final Thread acceptor;

	private FakeDockerEngine(Path socket, Behaviour behaviour) throws IOException {
		this.socket = socket;
		this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
		server.bind(UnixDomainSocketAddress.of(socket));
		acceptor = new Thread(() -> serve(behaviour), "fake-docker-engine");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public static FakeDockerEngine start(Path socket, Behaviour behaviour) throws IOException {
		return new FakeDockerEngine(socket, behaviour);
	}

	public Path socket() {
		return socket;
	}

	public String address() {
		return "unix://" + socket;
	}

	private void serve(Behaviour behaviour) {
		while (server.isOpen()) {
			try {
				SocketChannel client = server.accept();
				if (behaviour.response == null) {
					continue;
				}
				client.read(ByteBuffer.allocate(1024));
				client.write(ByteBuffer.wrap(behaviour.response.getBytes(StandardCharsets.US_ASCII)));
				client.close();
			}
			catch (IOException e) {
				return;
			}
		}
	}

	/** Closes the socket and waits for the acceptor: the kernel closes a socket only after a blocked accept returns. */
	@Override
	public void close() throws IOException {
		server.close();
		try {
			acceptor.join(5000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
