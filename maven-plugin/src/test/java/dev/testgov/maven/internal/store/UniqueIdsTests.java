package dev.testgov.maven.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UniqueIdsTests {

	private static final String CLASS = "[engine:junit-jupiter]/[class:com.acme.FooTests]";

	@Test
	void aMethodSelectsItself() {
		assertThat(UniqueIds.selectionNode(CLASS + "/[method:adds(int, java.lang.String)]"))
			.isEqualTo(CLASS + "/[method:adds(int, java.lang.String)]");
	}

	@Test
	void invocationsAndDynamicTestsAreSelectedThroughTheirTemplateOrFactory() {
		assertThat(UniqueIds.selectionNode(CLASS + "/[test-template:repeats(int)]/[test-template-invocation:#3]"))
			.isEqualTo(CLASS + "/[test-template:repeats(int)]");
		assertThat(UniqueIds.selectionNode(CLASS + "/[test-factory:tests()]/[dynamic-container:#1]/[dynamic-test:#2]"))
			.isEqualTo(CLASS + "/[test-factory:tests()]");
	}

	@Test
	void nestedClassesAndSuitesSelectBelowTheInnermostClass() {
		assertThat(UniqueIds.selectionNode(CLASS + "/[nested-class:Inner]/[method:works()]"))
			.isEqualTo(CLASS + "/[nested-class:Inner]/[method:works()]");
		String suite = "[engine:junit-platform-suite]/[suite:com.acme.AllTests]/[engine:junit-jupiter]/[class:com.acme.A]";
		assertThat(UniqueIds.selectionNode(suite + "/[test-template:t()]/[test-template-invocation:#1]"))
			.isEqualTo(suite + "/[test-template:t()]");
	}

	@Test
	void withoutAClassTheTestSelectsItself() {
		assertThat(UniqueIds.selectionNode("[engine:custom]/[case:one]")).isEqualTo("[engine:custom]/[case:one]");
		assertThat(UniqueIds.segments("[engine:custom]/[case:a/b]")).containsExactly("[engine:custom]", "[case:a/b]");
	}

	@Test
	void withinMeansBelowOrEqualSegmentWise() {
		assertThat(UniqueIds.isWithin(CLASS + "/[method:a()]", CLASS)).isTrue();
		assertThat(UniqueIds.isWithin(CLASS, CLASS)).isTrue();
		assertThat(UniqueIds.isWithin(CLASS + "2]/[method:a()]", CLASS)).isFalse();
	}
}
