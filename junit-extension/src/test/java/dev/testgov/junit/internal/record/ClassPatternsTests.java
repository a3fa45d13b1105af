package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassPatternsTests {

	@Test
	void keepsThePackagesTheIncludesNameAndTheirSubpackages() {
		ClassPatterns project = ClassPatterns.of("com.acme.*:Main*", null);

		assertThat(project.keeps("com/acme/Order")).isTrue();
		assertThat(project.keeps("com/acme/billing/Invoice$Line")).isTrue();
		assertThat(project.keeps("MainTest")).isTrue();
		assertThat(project.keeps("org/junit/platform/launcher/core/DefaultLauncher")).isFalse();
		assertThat(project.keeps("com/acmeco/Other")).isFalse();
	}

	@Test
	void questionMarksMatchOneCharacter() {
		assertThat(ClassPatterns.of("com.acme.V?", null).keeps("com/acme/V1")).isTrue();
		assertThat(ClassPatterns.of("com.acme.V?", null).keeps("com/acme/V12")).isFalse();
	}

	@Test
	void withoutIncludesEveryClassIsKept() {
		assertThat(ClassPatterns.of(null, null).keeps("org/junit/Test")).isTrue();
		assertThat(ClassPatterns.of(" ", "").keeps("com/acme/Order")).isTrue();
		assertThat(ClassPatterns.of(null, null).keeps("dev/testgov/junit/internal/record/fixture/Foo")).isTrue();
	}

	@Test
	void withIncludesTestgovsOwnClassesAreLeftOutAsItsAgentExcludesThem() {
		assertThat(ClassPatterns.of("dev.testgov.*", null).keeps("dev/testgov/junit/internal/record/Recording")).isFalse();
		assertThat(ClassPatterns.of("dev.testgov.*", null).keeps("dev/testgov/agent/FileReadAgent")).isFalse();
		assertThat(ClassPatterns.of("dev.testgov.*", null).keeps("dev/testgov/it/Shop")).isTrue();
	}

	@Test
	void excludesWinOverIncludes() {
		ClassPatterns production = ClassPatterns.of("com.acme.*", "*Test:*Test$*");

		assertThat(production.keeps("com/acme/Order")).isTrue();
		assertThat(production.keeps("com/acme/OrderTest")).isFalse();
		assertThat(production.keeps("com/acme/OrderTest$Nested")).isFalse();
		assertThat(production.keeps("com/acme/Testing")).isTrue();
	}

	@Test
	void excludesAloneKeepEveryOtherClassButTestgovs() {
		ClassPatterns patterns = ClassPatterns.of(null, "*Test");

		assertThat(patterns.keeps("org/junit/Assert")).isTrue();
		assertThat(patterns.keeps("com/acme/OrderTest")).isFalse();
		assertThat(patterns.keeps("dev/testgov/junit/internal/record/Recording")).isFalse();
	}
}
