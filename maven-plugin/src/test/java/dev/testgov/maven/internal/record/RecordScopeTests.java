package dev.testgov.maven.internal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.testgov.junit.internal.record.ClassPatterns;
import dev.testgov.maven.internal.fingerprint.InMemoryCompiler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordScopeTests {

	private static final String ORDER = "package com.acme;\npublic class Order {\n\tpublic int total() { return 1; }\n}\n";
	private static final String ORDER_TEST = "package com.acme;\npublic class OrderTest {\n\tvoid totals() {\n"
			+ "\t\tInteger.parseInt(\"1\");\n\t}\n}\n";

	@TempDir
	Path root;
	Path classes;
	Path testClasses;

	@BeforeEach
	void compile() throws IOException {
		classes = root.resolve("shop/target/classes");
		testClasses = root.resolve("shop/target/test-classes");
		write(classes, "com/acme/Order", ORDER);
		write(testClasses, "com/acme/OrderTest", ORDER_TEST);
	}

	@Test
	void byDefaultTheReactorsPackagesAreRecordedAndNothingCountsAmongTheBuildInputs() {
		RecordScope scope = RecordScope.of(null, " ", List.of(classes, testClasses));

		assertThat(scope.includes()).isEqualTo("com.acme.*");
		assertThat(scope.excludes()).isEqualTo(ClassPatterns.TESTGOV_EXCLUDES);
		assertThat(scope.narrowed()).isFalse();
		assertThat(scope.records("com.acme.OrderTest")).isTrue();
		assertThat(scope.inputs(List.of(testClasses, classes), root)).isEmpty();
		assertThat(scope.emptyWarning(List.of(classes, testClasses))).isEmpty();
	}

	@Test
	void classesOutsideANarrowedScopeCountAmongTheBuildInputsPerDirectory() {
		RecordScope scope = RecordScope.of(null, "*Test", List.of(classes, testClasses));

		Map<String, String> inputs = scope.inputs(List.of(testClasses, classes), root);

		assertThat(scope.records("com.acme.Order")).isTrue();
		assertThat(scope.records("com.acme.OrderTest")).isFalse();
		assertThat(inputs).containsEntry(RecordScope.INCLUDES, "com.acme.*").containsEntry(RecordScope.EXCLUDES, "*Test")
			.containsOnlyKeys(RecordScope.INCLUDES, RecordScope.EXCLUDES, RecordScope.UNRECORDED + "shop/target/test-classes");
	}

	@Test
	void theDigestIgnoresDebugInformationButNotCode() throws IOException {
		RecordScope scope = RecordScope.of("com.acme.Order", null, List.of());
		String key = RecordScope.UNRECORDED + "shop/target/test-classes";
		String before = scope.inputs(List.of(testClasses), root).get(key);

		write(testClasses, "com/acme/OrderTest", ORDER_TEST.replace("\tvoid totals", "\t// a comment\n\n\tvoid totals"));
		String moved = scope.inputs(List.of(testClasses), root).get(key);
		write(testClasses, "com/acme/OrderTest", ORDER_TEST.replace("parseInt", "valueOf"));
		String edited = scope.inputs(List.of(testClasses), root).get(key);

		assertThat(moved).isEqualTo(before);
		assertThat(edited).isNotEqualTo(before);
	}

	@Test
	void malformedPatternsAreRejectedNamingTheParameterAndThePattern() {
		assertThatIllegalArgumentException().isThrownBy(() -> RecordScope.of("com/acme/*", null, List.of()))
			.withMessageStartingWith("testgov.record.includes: [com/acme/*] is not a class name pattern")
			.withMessageContaining("e.g. com.acme.*:*Test");
		assertThatIllegalArgumentException().isThrownBy(() -> RecordScope.of(null, "*Test::*IT", List.of()))
			.withMessageStartingWith("testgov.record.excludes: [*Test::*IT] has an empty pattern");
	}

	@Test
	void aScopeThatRecordsNoneOfTheProjectsClassesIsWarnedAbout() {
		RecordScope scope = RecordScope.of("org.other.*", null, List.of(classes, testClasses));

		assertThat(scope.emptyWarning(List.of(classes, testClasses))).hasValue("testgov: testgov.record.includes [org.other.*]"
				+ " leaves none of the project's classes to record, so no test records any code and a change to any class"
				+ " runs every test of the module; name the project's packages, e.g. com.acme.*");
	}

	private static void write(Path directory, String name, String source) throws IOException {
		byte[] bytes = InMemoryCompiler.compile(name.replace('/', '.'), source).get(name);
		Path file = directory.resolve(name + ".class");
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
	}
}
