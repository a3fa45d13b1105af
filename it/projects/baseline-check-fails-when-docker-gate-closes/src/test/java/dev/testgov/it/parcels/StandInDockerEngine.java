package dev.testgov.it.parcels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * With -Dit.docker=up, answers Docker's /_ping on a free local port and points testgov's Docker gate at it, as
 * the engine on a CI machine would answer. Without it, does nothing.
 */
public class StandInDockerEngine implements LauncherSessionListener {

	private HttpServer server;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (!"up".equals(System.getProperty("it.docker"))) {
			return;
		}
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		server.createContext("/_ping", exchange -> {
			byte[] body = "OK".getBytes(StandardCharsets.US_ASCII);
			exchange.getResponseHeaders().add("Api-Version", "1.47");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		System.setProperty("testgov.docker.host", "tcp://127.0.0.1:" + server.getAddress().getPort());
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (server != null) {
			server.stop(0);
		}
	}
}
