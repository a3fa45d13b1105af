package dev.testgov.maven.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import dev.testgov.junit.internal.record.RawEntries.FileRead;
import dev.testgov.maven.internal.store.FileKey;
import dev.testgov.maven.internal.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileResolverTests {

	private static final String LIB = "org.acme:lib:jar::1.0";

	@TempDir
	Path root;

	@TempDir
	Path outside;

	@TempDir
	Path temporary;

	@TempDir
	Path javaHome;

	private Path jar;
	private Places places;
	private FileResolver resolver;

	@BeforeEach
	void places() throws IOException {
		jar = jar(outside.resolve("repository/lib-1.0.jar"), "META-INF/services/demo.Plugin", "demo.PluginImpl\n");
		jar(root.resolve("tools/bundle.jar"), "banner.txt", "hello\n");
		places = new Places(root, List.of(new ClassSource("org.acme:app", root.resolve("app/target/classes")),
			new ClassSource(LIB, jar)), javaHome, temporary);
		resolver = new FileResolver(places);
	}

	@Test
	void filesInTheReactorAreRelativeToItsRoot() {
		assertThat(file(root.resolve("app/src/test/resources/a b.json").toString()))
			.isEqualTo(FileUse.tracked(FileKey.reactor("app/src/test/resources/a b.json")));
		assertThat(resource(root.resolve("app/target/classes/app.properties").toUri().toString()))
			.isEqualTo(FileUse.tracked(FileKey.reactor("app/target/classes/app.properties")));
		assertThat(file(root.resolve("app/../pom.xml").toString())).isEqualTo(FileUse.tracked(FileKey.reactor("pom.xml")));
	}

	@Test
	void jarEntriesBelongToTheirDependencyOrToTheReactor() {
		assertThat(resource("jar:" + jar.toUri() + "!/META-INF/services/demo.Plugin"))
			.isEqualTo(FileUse.tracked(new FileKey(LIB, "META-INF/services/demo.Plugin")));
		assertThat(file(jar.toString())).isEqualTo(FileUse.tracked(new FileKey(LIB, "")));
		assertThat(resource("jar:" + root.resolve("tools/bundle.jar").toUri() + "!/banner.txt"))
			.isEqualTo(FileUse.tracked(FileKey.reactor("tools/bundle.jar!/banner.txt")));
	}

	@Test
	void theJdkPseudoFilesAndGoneTemporaryFilesAreIgnored() {
		assertThat(file(javaHome.resolve("lib/security/cacerts").toString())).isEqualTo(FileUse.IGNORED);
		assertThat(resource("jrt:/java.base/java/lang/Object.class")).isEqualTo(FileUse.IGNORED);
		assertThat(file("/proc/self/status")).isEqualTo(FileUse.IGNORED);
		assertThat(file("/dev/urandom")).isEqualTo(FileUse.IGNORED);
		assertThat(file(temporary.resolve("junit123/scratch.txt").toString())).isEqualTo(FileUse.IGNORED);
	}

	@Test
	void everythingElseIsExternal() throws IOException {
		Path kept = Files.writeString(temporary.resolve("shared.txt"), "still here");

		assertThat(file(kept.toString())).as("a temporary file that is still there").isEqualTo(FileUse.EXTERNAL);
		assertThat(file(outside.resolve("settings.xml").toString())).isEqualTo(FileUse.EXTERNAL);
		assertThat(file("relative/path.txt")).isEqualTo(FileUse.EXTERNAL);
		assertThat(resource("https://example.com/data.json")).isEqualTo(FileUse.EXTERNAL);
		assertThat(resource("jar:" + jar.toUri() + "!/BOOT-INF/lib/x.jar!/a.txt")).isEqualTo(FileUse.EXTERNAL);
		assertThat(resource("file:not a uri%")).isEqualTo(FileUse.EXTERNAL);
	}

	@Test
	void hashesFollowContentEntriesAndDirectoryListings() throws IOException {
		FileKey data = FileKey.reactor("data");
		Files.createDirectories(root.resolve("data"));
		try (ClassLocator locator = new ClassLocator(List.of(new ClassSource(LIB, jar)))) {
			String empty = new FileHashes(places, locator).hash(data);
			Files.writeString(root.resolve("data/one.csv"), "1");
			FileHashes hashes = new FileHashes(places, locator);
			assertThat(hashes.hash(data)).as("a directory's listing").isNotEqualTo(empty);
			assertThat(hashes.hash(FileKey.reactor("data/one.csv"))).matches("[0-9a-f]{64}");
			assertThat(hashes.hash(FileKey.reactor("data/two.csv"))).isEqualTo(Store.ABSENT_FILE);
			assertThat(hashes.hash(new FileKey(LIB, "META-INF/services/demo.Plugin"))).matches("[0-9a-f]{64}");
			assertThat(hashes.hash(new FileKey(LIB, "missing.txt"))).isEqualTo(Store.ABSENT_FILE);
			assertThat(hashes.hash(new FileKey("org.acme:gone:jar::1.0", "a.txt"))).isEqualTo(Store.ABSENT_FILE);
			assertThat(hashes.hash(FileKey.reactor("tools/bundle.jar!/banner.txt"))).matches("[0-9a-f]{64}");
		}
	}

	private FileUse file(String path) {
		return resolver.resolve(new FileRead("t", "file", path));
	}

	private FileUse resource(String url) {
		return resolver.resolve(new FileRead("t", "resource", url));
	}

	private static Path jar(Path file, String entry, String content) throws IOException {
		Files.createDirectories(file.getParent());
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
			out.putNextEntry(new JarEntry(entry));
			out.write(content.getBytes());
		}
		return file;
	}
}
