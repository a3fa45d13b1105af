package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassPatternsTests {

	@Test
	void keepsThePackagesTheIncludesNameAndTheirSubpackages() {
		ClassPatterns project = ClassPatterns.of("com.acme.*:Main*");

		assertThat(project.keeps("com/acme/Order")).isTrue();
		assertThat(project.keeps("com/acme/billing/Invoice$Line")).isTrue();
		assertThat(project.keeps("MainTest")).isTrue();
		assertThat(project.keeps("org/junit/platform/launcher/core/DefaultLauncher")).isFalse();
		assertThat(project.keeps("com/acmeco/Other")).isFalse();
	}

	@Test
	void questionMarksMatchOneCharacter() {
		assertThat(ClassPatterns.of("com.acme.V?").keeps("com/acme/V1")).isTrue();
		assertThat(ClassPatterns.of("com.acme.V?").keeps("com/acme/V12")).isFalse();
	}

	@Test
	void withoutIncludesEveryClassIsKept() {
		assertThat(ClassPatterns.of(null).keeps("org/junit/Test")).isTrue();
		assertThat(ClassPatterns.of(" ").keeps("com/acme/Order")).isTrue();
		assertThat(ClassPatterns.of(null).keeps("dev/testgov/junit/internal/record/fixture/Foo")).isTrue();
	}

	@Test
	void withIncludesTestgovsOwnClassesAreLeftOutAsItsAgentExcludesThem() {
		assertThat(ClassPatterns.of("dev.testgov.*").keeps("dev/testgov/junit/internal/record/Recording")).isFalse();
		assertThat(ClassPatterns.of("dev.testgov.*").keeps("dev/testgov/agent/FileReadAgent")).isFalse();
		assertThat(ClassPatterns.of("dev.testgov.*").keeps("dev/testgov/it/Shop")).isTrue();
	}
}
