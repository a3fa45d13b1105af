package dev.testgov.junit.internal.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TCP and HTTP probes against real servers on the loopback interface. */
class ProbesTests {

	private static final Duration TIMEOUT = Duration.ofMillis(300);
	/** For probes that get an answer: generous, so that a loaded machine cannot turn an answer into a timeout. */
	private static final Duration ANSWERED = Duration.ofSeconds(10);
	private static HttpServer server;
	private static ExecutorService executor;

	@BeforeAll
	static void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/up", exchange -> answer(exchange, 200));
		server.createContext("/down", exchange -> answer(exchange, 503));
		server.createContext("/moved", exchange -> {
			exchange.getResponseHeaders().add("Location", "/up");
			answer(exchange, 302);
		});
		server.createContext("/slow", exchange -> {
			sleep(TIMEOUT.multipliedBy(4));
			answer(exchange, 200);
		});
		executor = Executors.newCachedThreadPool();
		server.setExecutor(executor);
		server.start();
	}

	@AfterAll
	static void stopServer() {
		server.stop(0);
		executor.shutdownNow();
	}

	@Test
	void tcpAcceptsAListeningPortAndReportsARefusedOne() throws IOException {
		try (ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			assertThat(TcpProbe.check(new ProbeTargets.HostPort("127.0.0.1", listening.getLocalPort()), ANSWERED)).isEmpty();
		}
		int closed = ServiceChecksTests.closedPort();
		assertThat(TcpProbe.check(new ProbeTargets.HostPort("127.0.0.1", closed), ANSWERED))
			.hasValue("TCP [127.0.0.1:" + closed + "] refused the connection");
	}

	@Test
	void httpAcceptsAnExpectedStatusAndReportsAnyOther() {
		assertThat(HttpProbe.check(url("/up"), Set.of(), ANSWERED)).isEmpty();
		assertThat(HttpProbe.check(url("/up"), Set.of(200), ANSWERED)).isEmpty();
		assertThat(HttpProbe.check(url("/down"), Set.of(200), ANSWERED))
			.hasValue("HTTP [" + url("/down") + "] answered [503], expected [200]");
		assertThat(HttpProbe.check(url("/down"), Set.of(), ANSWERED))
			.hasValue("HTTP [" + url("/down") + "] answered [503], expected [2xx]");
		assertThat(HttpProbe.check(url("/down"), Set.of(503, 200), ANSWERED)).isEmpty();
	}

	@Test
	void httpFollowsNoRedirect() {
		assertThat(HttpProbe.check(url("/moved"), Set.of(), ANSWERED))
			.hasValue("HTTP [" + url("/moved") + "] answered [302], expected [2xx]");
	}

	@Test
	void httpReportsASlowAnswerARefusedConnectionAndNonHttp() throws IOException {
		assertThat(HttpProbe.check(url("/slow"), Set.of(), TIMEOUT))
			.hasValue("HTTP [" + url("/slow") + "] did not answer within [300 ms]");
		URI refused = URI.create("http://127.0.0.1:" + ServiceChecksTests.closedPort() + "/health");
		assertThat(HttpProbe.check(refused, Set.of(), ANSWERED)).hasValue("HTTP [" + refused + "] refused the connection");
		try (ServerSocket garbage = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread answering = new Thread(() -> answerGarbage(garbage));
			answering.start();
			URI notHttp = URI.create("http://127.0.0.1:" + garbage.getLocalPort() + "/");
			assertThat(HttpProbe.check(notHttp, Set.of(), ANSWERED)).hasValue("HTTP [" + notHttp + "] did not answer with HTTP");
		}
	}

	@Test
	void httpShowsNeitherUserInfoNorQuery() {
		URI withSecrets = URI.create("http://user:secret@127.0.0.1:" + server.getAddress().getPort() + "/down?token=secret#x");

		assertThat(HttpProbe.check(withSecrets, Set.of(200), ANSWERED))
			.hasValue("HTTP [" + url("/down") + "] answered [503], expected [200]");
	}

	@Test
	void describesEachFailureInOneLine() {
		String subject = "TCP [db:5432]";
		assertThat(ProbeFailures.describe(subject, new SocketTimeoutException("connect timed out"), Duration.ofSeconds(2)))
			.isEqualTo("TCP [db:5432] did not answer within [2000 ms]");
		assertThat(ProbeFailures.describe(subject, new UnknownHostException("db"), Duration.ofSeconds(2)))
			.isEqualTo("TCP [db:5432] is not reachable: unknown host [db]");
		assertThat(ProbeFailures.describe(subject, new NoRouteToHostException("No route to host\nmore"), TIMEOUT))
			.isEqualTo("TCP [db:5432] is not reachable (NoRouteToHostException: No route to host)");
		assertThat(HttpProbe.describe(Set.of(204, 200))).isEqualTo("200, 204");
	}

	private static URI url(String path) {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
	}

	private static void answer(HttpExchange exchange, int status) throws IOException {
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private static void answerGarbage(ServerSocket garbage) {
		try (Socket socket = garbage.accept(); OutputStream out = socket.getOutputStream()) {
			out.write("SSH-2.0-OpenSSH_9.6\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException e) {
			// the probe has given up; nothing to answer
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
