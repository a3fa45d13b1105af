package dev.testgov.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import dev.testgov.junit.internal.FakeDockerEngine.Behaviour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native probe against real sockets: every way an engine can be missing gives its own one-line cause. */
class DockerPingTests {

	private static final Duration TIMEOUT = Duration.ofMillis(300);

	@TempDir
	Path directory;

	@Test
	void healthyEngineIsAvailableWithItsApiVersion() throws IOException {
		try (FakeDockerEngine engine = FakeDockerEngine.start(directory.resolve("d.sock"), Behaviour.HEALTHY)) {
			DockerProbe.Status status = ping(engine.address());

			assertThat(status.isAvailable()).isTrue();
			assertThat(status.fact()).isEqualTo("Docker is available at [" + engine.address() + "] (API 1.47)");
		}
	}

	@Test
	void missingSocketIsNamed() {
		Path socket = directory.resolve("missing.sock");

		DockerProbe.Status status = ping("unix://" + socket);

		assertThat(status.isAvailable()).isFalse();
		assertThat(status.fact()).isEqualTo("Docker socket [" + socket + "] does not exist");
		assertThat(status.howToEnable()).isEqualTo("start the Docker engine or set DOCKER_HOST");
	}

	@Test
	void fileThatIsNotASocketIsNamedWithItsType() throws IOException {
		Path file = Files.createFile(directory.resolve("plain.sock"));

		assertThat(ping("unix://" + file).fact())
			.isEqualTo("Docker socket [" + file + "] is not a socket (it is a regular file)");
	}

	@Test
	void staleSocketOfAStoppedEngineIsRefused() throws IOException {
		Path socket = directory.resolve("stale.sock");
		FakeDockerEngine.start(socket, Behaviour.HEALTHY).close();

		assertThat(ping("unix://" + socket).fact())
			.isEqualTo("Docker at [unix://" + socket + "] refused the connection (the engine is not running)");
	}

	@Test
	void engineThatNeverAnswersTimesOut() throws IOException {
		try (FakeDockerEngine engine = FakeDockerEngine.start(directory.resolve("silent.sock"), Behaviour.SILENT)) {
			assertThat(ping(engine.address()).fact())
				.isEqualTo("Docker at [" + engine.address() + "] did not answer /_ping within [300 ms]");
		}
	}

	@Test
	void engineErrorIsQuoted() throws IOException {
		try (FakeDockerEngine engine = FakeDockerEngine.start(directory.resolve("broken.sock"), Behaviour.BROKEN)) {
			assertThat(ping(engine.address()).fact()).isEqualTo(
				"Docker at [" + engine.address() + "] answered /_ping with [HTTP/1.1 500 Internal Server Error]");
		}
	}

	@Test
	void somethingElseOnTheSocketIsNamed() throws IOException {
		try (FakeDockerEngine engine = FakeDockerEngine.start(directory.resolve("ssh.sock"), Behaviour.NOT_HTTP)) {
			assertThat(ping(engine.address()).fact()).isEqualTo(
				"[" + engine.address() + "] answered /_ping with something other than HTTP [SSH-2.0-OpenSSH_9.2]");
		}
	}

	@Test
	void engineThatHangsUpIsNamed() throws IOException {
		try (FakeDockerEngine engine = FakeDockerEngine.start(directory.resolve("hangup.sock"), Behaviour.HANG_UP)) {
			assertThat(ping(engine.address()).fact())
				.isEqualTo("Docker at [" + engine.address() + "] closed the connection without answering /_ping");
		}
	}

	@Test
	void socketWithoutPermissionSaysHowToGetIt() throws IOException {
		assumeFalse("root".equals(System.getProperty("user.name")), "file permissions do not restrict root");
		try (FakeDockerEngine engine = FakeDockerEngine.start(directory.resolve("private.sock"), Behaviour.HEALTHY)) {
			Files.setPosixFilePermissions(engine.socket(), PosixFilePermissions.fromString("---------"));

			DockerProbe.Status status = ping(engine.address());

			assertThat(status.fact()).isEqualTo("permission denied on Docker at [" + engine.address() + "]");
			assertThat(status.howToEnable()).startsWith("add your user to the docker group");
		}
	}

	@Test
	void tcpEngineIsPinged() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread engine = new Thread(() -> answerOnce(server));
			engine.setDaemon(true);
			engine.start();
			String address = "tcp://127.0.0.1:" + server.getLocalPort();

			assertThat(ping(address).fact()).isEqualTo("Docker is available at [" + address + "] (API 1.47)");
		}
	}

	@Test
	void closedTcpPortIsRefused() throws IOException {
		int port;
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = server.getLocalPort();
		}
		String address = "tcp://127.0.0.1:" + port;

		assertThat(ping(address).fact())
			.isEqualTo("Docker at [" + address + "] refused the connection (the engine is not running)");
	}

	@Test
	void endpointsThatCannotBePingedAreLeftToTestcontainers() {
		DockerProbe.Status status = ping("npipe:////./pipe/docker_engine");

		assertThat(status.isAvailable()).isTrue();
		assertThat(status.fact()).isEqualTo(
			"Docker endpoint [npipe:////./pipe/docker_engine] cannot be pinged natively (only unix:// and tcp:// can)");
	}

	private static DockerProbe.Status ping(String address) {
		return DockerPing.ping(DockerEndpoint.parse(address, false), TIMEOUT);
	}

	private static void answerOnce(ServerSocket server) {
		try (Socket client = server.accept(); InputStream in = client.getInputStream();
				OutputStream out = client.getOutputStream()) {
			in.read(new byte[1024]);
			out.write("HTTP/1.1 200 OK\r\nApi-Version: 1.47\r\n\r\nOK".getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
