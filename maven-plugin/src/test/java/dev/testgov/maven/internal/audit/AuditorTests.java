package dev.testgov.maven.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.testgov.junit.RequiresDocker;
import dev.testgov.maven.internal.audit.fixtures.FixtureLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.testcontainers.containers.GenericContainer;

/**
 * The audit over real class files: the {@code fixtures} package, compiled with the plugin's tests, copied to a
 * directory of its own and scanned there, with the jars of JUnit, testgov and Testcontainers as class path.
 */
class AuditorTests {

	private static final String P = "dev.testgov.maven.internal.audit.fixtures.";
	private static final String ENV_GATES = " without @RequiresEnv, @LiveApi or @RequiresService";
	private static final String NET_GATES = " without @LiveApi, @RequiresService or @RequiresDocker";

	@TempDir
	Path scanned;

	private List<Path> classPath;

	@BeforeEach
	void copyFixtures() throws Exception {
		Path fixtures = FixtureLocation.directory();
		Path target = scanned.resolve(FixtureLocation.PACKAGE_PATH);
		Files.createDirectories(target);
		try (Stream<Path> files = Files.list(fixtures)) {
			for (Path file : files.filter(file -> !file.getFileName().toString().startsWith("FixtureLocation"))
				.collect(Collectors.toList())) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		}
		classPath = List.of(location(Test.class), location(ParameterizedTest.class), location(RequiresDocker.class),
			location(GenericContainer.class));
	}

	@Test
	void reportsEachUngatedUseWithItsEvidence() throws IOException {
		AuditResult result = Auditor.audit(scanned, classPath);

		assertThat(result.findings()).containsExactly(
			P + "AnnotatedClassFixture uses Testcontainers (annotated @org/testcontainers/junit/jupiter/Testcontainers)"
					+ " without @RequiresDocker on the class",
			P + "BeforeEachFixture#ungated opens network connections (new java/net/Socket in " + P
					+ "BeforeEachFixture#connect)" + NET_GATES,
			P + "ComposedTestAnnotationFixture#saves uses Testcontainers"
					+ " (new org/testcontainers/containers/GenericContainer) without @RequiresDocker",
			P + "EnvironmentFixture#inLambda reads the environment (calls java/lang/System.getenv(\"ACME_REGION\") in " + P
					+ "EnvironmentFixture#lambda$inLambda$0)" + ENV_GATES,
			P + "EnvironmentFixture#throughRecursion reads the environment (calls java/lang/System.getenv in " + P
					+ "EnvironmentFixture#pong)" + ENV_GATES,
			P + "EnvironmentFixture#viaOtherClass reads the environment (calls java/lang/System.getenv in " + P
					+ "Credentials#token)" + ENV_GATES,
			P + "EnvironmentFixture#viaPrivateHelper reads the environment (calls java/lang/System.getenv(\"ACME_API_KEY\") in "
					+ P + "EnvironmentFixture#apiKey)" + ENV_GATES,
			P + "NestedFixture$Ungated#reads reads the environment (calls java/lang/System.getenv(\"ACME_NESTED\"))" + ENV_GATES,
			P + "NetworkFixture#connects opens network connections (new java/net/Socket)" + NET_GATES,
			P + "NetworkFixture#fetches opens network connections (calls java/net/URL.openStream)" + NET_GATES,
			P + "NetworkFixture#sends opens network connections (calls java/net/http/HttpClient.send)" + NET_GATES,
			P + "RepositoryFixture#saves uses Testcontainers (new org/testcontainers/containers/GenericContainer)"
					+ " without @RequiresDocker",
			P + "StaticContainerFixture uses Testcontainers (new org/testcontainers/containers/GenericContainer in " + P
					+ "ContainerBase#<clinit>) without @RequiresDocker on the class");
	}

	@Test
	void summaryCountsByKind() throws IOException {
		assertThat(Auditor.audit(scanned, classPath).summary()).isEqualTo(
			"testgov: audit scanned 13 test classes and 27 tests and found 13 ungated uses"
					+ " (Docker 4, environment 5, network 4)");
	}

	@Test
	void composedGateIsReadFromAJarOnTheClassPath() throws IOException {
		Path annotation = scanned.resolve(FixtureLocation.PACKAGE_PATH).resolve("RequiresDatabase.class");
		Path jar = scanned.getParent().resolve(scanned.getFileName() + "-gates.jar");
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
			entries.putNextEntry(new JarEntry(FixtureLocation.PACKAGE_PATH + "/RequiresDatabase.class"));
			entries.write(Files.readAllBytes(annotation));
		}
		Files.delete(annotation);

		List<String> findings = Auditor.audit(scanned, List.of(jar, location(Test.class))).findings();

		assertThat(findings).noneMatch(finding -> finding.startsWith(P + "ComposedGateFixture"))
			.noneMatch(finding -> finding.startsWith(P + "ComposedTestAnnotationFixture#gatedOnTheMethod"));
		Files.delete(jar);
	}

	@Test
	void composedGateMissingFromTheClassPathGatesNothing() throws IOException {
		Files.delete(scanned.resolve(FixtureLocation.PACKAGE_PATH).resolve("RequiresDatabase.class"));

		assertThat(Auditor.audit(scanned, classPath).findings()).contains(P + "ComposedGateFixture#saves uses"
				+ " Testcontainers (new org/testcontainers/containers/GenericContainer) without @RequiresDocker");
	}

	@Test
	void gatedTestsOnlyMeansClean() throws IOException {
		try (Stream<Path> files = Files.list(scanned.resolve(FixtureLocation.PACKAGE_PATH))) {
			for (Path file : files.collect(Collectors.toList())) {
				String name = file.getFileName().toString();
				if (!name.startsWith("InheritedGateFixture") && !name.startsWith("GatedBase")) {
					Files.delete(file);
				}
			}
		}

		AuditResult result = Auditor.audit(scanned, classPath);

		assertThat(result.isClean()).isTrue();
		assertThat(result.summary()).isEqualTo("testgov: audit scanned 1 test classes and 1 tests: every use of Docker,"
				+ " the environment or the network is gated");
	}

	private static Path location(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
