package dev.testgov.maven.internal.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which baseline tests a run's filters leave out, and why. */
class SelectionTests {

	private final TestResult docker = test("a.unit.RepositoryTest", List.of("requires_docker"), List.of("unit"));
	private final TestResult plain = test("a.integration.ClientIT", List.of(), List.of("integration"));

	@Test
	void excludedGroupsLeaveOutMatchingTests() {
		Selection fast = new Selection(List.of(), Selection.split("requires_docker, live_api,manual"), null, null, null);

		assertThat(fast.deselects(docker)).contains("excludedGroups [requires_docker, live_api, manual]");
		assertThat(fast.deselects(plain)).isEmpty();
	}

	@Test
	void groupsKeepOnlyMatchingTests() {
		Selection live = new Selection(List.of("live_api | requires_docker"), List.of(), null, null, null);

		assertThat(live.deselects(docker)).isEmpty();
		assertThat(live.deselects(plain)).contains("groups [live_api | requires_docker]");
	}

	@Test
	void categoriesLeaveOutTestsOfOtherCategories() {
		Selection unit = new Selection(List.of(), List.of(), "unit", null, null);

		assertThat(unit.deselects(docker)).isEmpty();
		assertThat(unit.deselects(plain)).contains("testgov.categories [unit]");
	}

	@Test
	void aNamedTestSelectionLeavesOutEveryOtherTest() {
		Selection named = new Selection(List.of(), List.of(), null, null, "RepositoryTest");

		assertThat(named.deselects(plain)).contains("test selection [RepositoryTest]");
		assertThat(named.isFiltering()).isTrue();
		assertThat(Selection.none().isFiltering()).isFalse();
	}

	private static TestResult test(String className, List<String> tags, List<String> categories) {
		return new TestResult("[engine:junit-jupiter]/[class:" + className + "]/[method:runs()]", className, "runs", "runs()",
			TestStatus.PASSED, null, null, tags, categories, 0, null);
	}
}
