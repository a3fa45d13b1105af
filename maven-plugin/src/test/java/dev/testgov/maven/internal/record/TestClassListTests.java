package dev.testgov.maven.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestClassListTests {

	@TempDir
	Path directory;

	@Test
	void aNewNestedClassInAnOldTestClassIsNew() throws IOException {
		Path testClasses = classes("com/acme/CartTest.class", "com/acme/CartTest$Totals.class");
		TestClassList.save(directory.resolve(".testgov"), Set.of("com.acme.CartTest"));

		assertThat(TestClassList.newSince(directory.resolve(".testgov"), TestClassList.scan(testClasses)))
			.containsExactly("com.acme.CartTest$Totals");
	}

	@Test
	void nothingIsNewOnceTheListWasSaved() throws IOException {
		Path testClasses = classes("com/acme/CartTest.class", "com/acme/CartTest$Totals.class", "TopTest.class");
		TestClassList.save(directory.resolve(".testgov"), TestClassList.scan(testClasses));

		assertThat(TestClassList.newSince(directory.resolve(".testgov"), TestClassList.scan(testClasses))).isEmpty();
		assertThat(TestClassList.scan(testClasses)).containsExactly("TopTest", "com.acme.CartTest",
			"com.acme.CartTest$Totals");
	}

	@Test
	void aListOfTheFirstFormatNamedTopLevelClassesOnlySoEveryClassIsNew() throws IOException {
		Path testClasses = classes("com/acme/CartTest.class", "com/acme/CartTest$Totals.class");
		Files.createDirectories(directory.resolve(".testgov"));
		Files.writeString(directory.resolve(".testgov/test-classes"), "testgov-test-classes 1\ncom.acme.CartTest\n");

		assertThat(TestClassList.newSince(directory.resolve(".testgov"), TestClassList.scan(testClasses)))
			.containsExactly("com.acme.CartTest", "com.acme.CartTest$Totals");
	}

	@Test
	void theListIsAsReadableAsTheStoreBesideIt() throws IOException {
		TestClassList.save(directory.resolve(".testgov"), Set.of("com.acme.CartTest"));

		assertThat(Files.readAllLines(directory.resolve(".testgov/test-classes")))
			.containsExactly(TestClassList.HEADER, "com.acme.CartTest");
		assertThat(Files.list(directory.resolve(".testgov"))).hasSize(1);
		if (Files.getFileStore(directory).supportsFileAttributeView("posix")) {
			Path plainFile = Files.writeString(directory.resolve("written-as-the-store-is"), "");
			assertThat(Files.getPosixFilePermissions(directory.resolve(".testgov/test-classes")))
				.isEqualTo(Files.getPosixFilePermissions(plainFile));
		}
	}

	@Test
	void aClassWhoseContainerFailedIsForgottenSoItCountsAsNew() throws IOException {
		Path testClasses = classes("com/acme/CartTest.class", "com/acme/CartTest$Totals.class", "com/acme/PayTest.class");
		TestClassList.save(directory.resolve(".testgov"), TestClassList.scan(testClasses));

		TestClassList.forget(directory.resolve(".testgov"),
			Set.of("[engine:junit-jupiter]/[class:com.acme.CartTest]/[nested-class:Totals]"));

		assertThat(TestClassList.newSince(directory.resolve(".testgov"), TestClassList.scan(testClasses)))
			.containsExactly("com.acme.CartTest", "com.acme.CartTest$Totals");
	}

	@Test
	void aFailedEngineForgetsEveryClass() throws IOException {
		Path testClasses = classes("com/acme/CartTest.class");
		TestClassList.save(directory.resolve(".testgov"), TestClassList.scan(testClasses));

		TestClassList.forget(directory.resolve(".testgov"), Set.of("[engine:junit-jupiter]"));

		assertThat(TestClassList.newSince(directory.resolve(".testgov"), TestClassList.scan(testClasses)))
			.containsExactly("com.acme.CartTest");
	}

	private Path classes(String... files) throws IOException {
		Path root = directory.resolve("test-classes");
		for (String file : files) {
			Path path = root.resolve(file);
			Files.createDirectories(path.getParent());
			Files.write(path, new byte[] {(byte) 0xCA, (byte) 0xFE});
		}
		return root;
	}
}
