package dev.testgov.maven.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.testgov.maven.internal.fingerprint.Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildInputsTests {

	@TempDir
	Path directory;

	@Test
	void hashesFilesAndConfigurationButKeepsNoValue() throws IOException {
		Path jar = Files.writeString(directory.resolve("lib.jar"), "jar content");
		Path classes = Files.createDirectories(directory.resolve("classes"));

		BuildInputs inputs = BuildInputs.of(Map.of("org.acme:lib:jar::1.0", jar, "org.acme:core:jar::1.0", classes,
			"org.acme:gone:jar::1.0", directory.resolve("missing.jar")), Map.of("surefire.argLine", "-Dsecret=hunter2"));

		assertThat(inputs.dependencies()).containsEntry("org.acme:lib:jar::1.0", Digest.sha256(jar))
			.containsEntry("org.acme:core:jar::1.0", BuildInputs.REACTOR)
			.containsEntry("org.acme:gone:jar::1.0", BuildInputs.ABSENT);
		assertThat(inputs.dependencies().get("org.acme:lib:jar::1.0")).matches("[0-9a-f]{64}");
		assertThat(inputs.configuration().get("surefire.argLine")).matches("[0-9a-f]{16}");
	}

	@Test
	void namesEveryChange() throws IOException {
		BuildInputs before = BuildInputs.of(Map.of(), Map.of("a", "1", "b", "2", "c", "3"));
		BuildInputs after = BuildInputs.of(Map.of(), Map.of("a", "1", "b", "two", "d", "4"));

		assertThat(after.changesSince(before)).containsExactly("configuration [b] changed", "configuration [c] removed",
			"configuration [d] added");
		assertThat(after.changesSince(after)).isEmpty();
	}
}
