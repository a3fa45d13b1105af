package dev.testgov.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The "no Docker" path, proven honestly: a running engine's socket is hidden from a child JVM by a private
 * mount namespace ({@code unshare -m} and a bind mount of {@code /dev/null}), which is what a machine without
 * Docker looks like to every client. Pointing {@code DOCKER_HOST} at nothing would not do: Testcontainers
 * falls back to the default socket.
 *
 * <p>Gated on Docker itself: with no engine there is nothing to hide, and CI runs Docker gates strict.
 */
@RequiresDocker
class HiddenDockerSocketTests {

	private static final Path SOCKET = Paths.get("/var/run/docker.sock");

	@Test
	void hiddenEngineSkipsWithTheCauseAndTestcontainersAgrees() throws Exception {
		List<String> lines = runWithSocketHidden("none");

		assertThat(lines).contains("SKIPPED|@RequiresDocker: Docker socket [/var/run/docker.sock] is not a socket"
				+ " (it is a character device); start the Docker engine or set DOCKER_HOST", "TESTCONTAINERS|false");
	}

	@Test
	void hiddenEngineFailsUnderStrictMode() throws Exception {
		List<String> lines = runWithSocketHidden("requires_docker");

		assertThat(lines).contains("FAILED|GateClosedException|@RequiresDocker: Docker socket [/var/run/docker.sock] is"
				+ " not a socket (it is a character device); start the Docker engine or set DOCKER_HOST (strict mode"
				+ " [testgov.strict=requires_docker] makes requires_docker fail instead of skip)");
	}

	private static List<String> runWithSocketHidden(String strict) throws IOException, InterruptedException {
		assumeTrue(Files.exists(Paths.get("/usr/bin/unshare")) && "root".equals(System.getProperty("user.name")),
			"hiding the socket needs unshare and root (a private mount namespace)");
		assumeTrue(System.getenv("DOCKER_HOST") == null, "the engine is reached through DOCKER_HOST, not the default socket");
		assumeTrue(Files.exists(SOCKET), "the engine's default socket is not where it can be hidden");
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of("unshare", "-m", "sh", "-c",
			"mount --bind /dev/null " + SOCKET + " && exec \"$@\"", "hide-docker", java, "-cp", classpath,
			HiddenDockerMain.class.getName(), strict));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the child JVM did not finish within 120 s");
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();
		return output.lines().toList();
	}
}
