package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM that runs fixture classes the way a recorded Surefire fork would: the real JaCoCo agent
 * ({@code output=none}, instrumenting only the fixture package), optionally the file-read agent, the test
 * classpath, and {@code -Dtestgov.record.directory}. The agents' jars come from the build
 * ({@code testgov.test.jacocoAgent}, {@code testgov.test.fileAgent}).
 */
final class ChildFork {

	/**
	 * Why the classes that start child JVMs run alone: a starting JVM with JaCoCo takes the machine's cores,
	 * and the parallel suite has tests with sub-second deadlines.
	 */
	static final String ISOLATED = "starts child JVMs, which would starve tests with sub-second deadlines";
	static final String FIXTURE_PACKAGE = "dev.testgov.junit.internal.record.fixture.*";
	/** A short-lived JVM that competes less with the suite for the machine's cores. */
	private static final List<String> LIGHT = List.of("-XX:ActiveProcessorCount=1", "-XX:TieredStopAtLevel=1",
		"-XX:+UseSerialGC");
	private static final long TIMEOUT_SECONDS = 120;

	private final List<String> fixtures = new ArrayList<>();
	private final Map<String, String> properties = new LinkedHashMap<>();
	private final List<String> jvmOptions = new ArrayList<>(LIGHT);
	private final List<String> classpath = new ArrayList<>();
	private final List<String> arguments = new ArrayList<>();
	private String jacocoIncludes = FIXTURE_PACKAGE;
	private String jacocoOutput = "output=none";
	private boolean fileAgent;
	private String main = RecordingMain.class.getName();

	private ChildFork(Class<?>... fixtures) {
		for (Class<?> fixture : fixtures) {
			this.fixtures.add(fixture.getName());
		}
	}

	/** A fork recording into {@code directory}. */
	static ChildFork recording(Path directory, Class<?>... fixtures) {
		return new ChildFork(fixtures).property(RecordSettings.DIRECTORY_PARAMETER, directory.toString());
	}

	/** A fork with the agents but no recording settings: its main decides. */
	static ChildFork unrecorded(Class<?>... fixtures) {
		return new ChildFork(fixtures);
	}

	ChildFork property(String name, String value) {
		properties.put(name, value);
		return this;
	}

	ChildFork withoutJacoco() {
		jacocoIncludes = null;
		return this;
	}

	/** The agent writes its own exec file, as jacoco-maven-plugin's {@code prepare-agent} makes it. */
	ChildFork jacocoDestination(Path execFile) {
		jacocoOutput = "destfile=" + execFile;
		return this;
	}

	ChildFork withFileAgent() {
		fileAgent = true;
		return this;
	}

	/** Puts JaCoCo's runtime on the classpath, as a careless build might, without starting its agent. */
	ChildFork jacocoRuntimeOnClasspath() {
		classpath.add(jar("testgov.test.jacocoAgent"));
		return this;
	}

	/** Runs {@code type} instead of {@link RecordingMain}, with the fixtures and then {@code arguments}. */
	ChildFork main(Class<?> type, String... arguments) {
		main = type.getName();
		this.arguments.addAll(List.of(arguments));
		return this;
	}

	Process start() throws IOException {
		return new ProcessBuilder(command()).redirectErrorStream(true).start();
	}

	/** Runs to the end; @return everything the JVM printed */
	String run() throws IOException, InterruptedException {
		return run(0);
	}

	/** Runs to the end, expecting {@code exitCode}; @return everything the JVM printed */
	String run(int exitCode) throws IOException, InterruptedException {
		Process process = start();
		String output = output(process);
		assertThat(process.exitValue()).as(output).isEqualTo(exitCode);
		return output;
	}

	static String output(Process process) throws IOException, InterruptedException {
		byte[] bytes = process.getInputStream().readAllBytes();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the child JVM did not finish within " + TIMEOUT_SECONDS + " s");
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private List<String> command() {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		if (jacocoIncludes != null) {
			command.add("-javaagent:" + jar("testgov.test.jacocoAgent") + "=" + jacocoOutput + ",includes=" + jacocoIncludes);
		}
		if (fileAgent) {
			command.add("-javaagent:" + jar("testgov.test.fileAgent"));
		}
		command.addAll(jvmOptions);
		properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
		command.add("-cp");
		classpath.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
		command.add(String.join(File.pathSeparator, classpath));
		command.add(main);
		command.addAll(fixtures);
		command.addAll(arguments);
		return command;
	}

	private static String jar(String property) {
		String path = System.getProperty(property);
		assertThat(path).as("system property [%s], set by the build", property).isNotNull();
		assertThat(Files.isRegularFile(Paths.get(path))).as("%s exists", path).isTrue();
		return path;
	}
}
