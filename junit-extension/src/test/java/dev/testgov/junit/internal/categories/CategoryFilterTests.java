package dev.testgov.junit.internal.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import dev.testgov.junit.GateConfigurationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The filter as Surefire meets it: found through {@code META-INF/services} by a default launcher, fed by the
 * discovery request's configuration parameters. The fixtures' categories come from a pattern on their
 * binary names, since their top-level class is this one.
 */
class CategoryFilterTests {

	private static final String PATTERNS = "**$Unit*=unit; **$EndToEnd*=e2e,slow; **$Database*=integration";

	@Test
	void unsetSelectionKeepsEveryTest() {
		assertThat(discover(Map.of())).containsExactly("Database.Reads.reads", "Database.saves", "EndToEnd.checksOut",
			"Plain.runs", "Unit.adds");
	}

	@Test
	void selectionKeepsOnlyTheNamedCategory() {
		assertThat(discover(Map.of(CategorySelection.PARAMETER, "unit"))).containsExactly("Unit.adds");
	}

	@Test
	void exclusionKeepsUncategorisedTests() {
		assertThat(discover(Map.of(CategorySelection.PARAMETER, "!slow")))
			.containsExactly("Database.Reads.reads", "Database.saves", "Plain.runs", "Unit.adds");
	}

	@Test
	void nestedClassesFollowTheirCategorisedOuterClass() {
		assertThat(discover(Map.of(CategorySelection.PARAMETER, "integration")))
			.containsExactly("Database.Reads.reads", "Database.saves");
	}

	@Test
	void uncategorisedSelectsTestsNoPatternMatches() {
		assertThat(discover(Map.of(CategorySelection.PARAMETER, "uncategorised"))).containsExactly("Plain.runs");
	}

	@Test
	void unknownCategoryFailsDiscoveryNamingIt() {
		assertThatThrownBy(() -> discover(Map.of(CategorySelection.PARAMETER, "integraton")))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("testgov.categories=[integraton] names an unknown category [integraton]; known categories are"
					+ " [e2e, integration, manual, performance, slow, unit] and uncategorised,"
					+ " or define one in testgov.categoryPatterns");
	}

	@Test
	void malformedPatternsFailEvenWithoutASelection() {
		Map<String, String> parameters = Map.of(CategoryRules.PATTERNS_PARAMETER, "**.api.**");

		assertThatThrownBy(() -> LauncherFactory.create().discover(request(parameters)))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessageStartingWith("testgov.categoryPatterns entry [**.api.**] is not glob=category[,category]");
	}

	@Test
	void concurrentLaunchersKeepTheirOwnSelections() {
		List<CompletableFuture<List<String>>> runs = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String selection = i % 2 == 0 ? "unit" : "e2e";
			runs.add(CompletableFuture.supplyAsync(() -> discover(Map.of(CategorySelection.PARAMETER, selection))));
		}
		for (int i = 0; i < runs.size(); i++) {
			assertThat(runs.get(i).join()).containsExactly(i % 2 == 0 ? "Unit.adds" : "EndToEnd.checksOut");
		}
	}

	private static List<String> discover(Map<String, String> parameters) {
		Map<String, String> withPatterns = new HashMap<>(parameters);
		withPatterns.putIfAbsent(CategoryRules.PATTERNS_PARAMETER, PATTERNS);
		TestPlan plan = LauncherFactory.create().discover(request(withPatterns));
		List<String> tests = new ArrayList<>();
		plan.getRoots().forEach(root -> plan.getDescendants(root).stream()
			.filter(TestIdentifier::isTest)
			.forEach(test -> tests.add(name(test))));
		return tests.stream().sorted().collect(Collectors.toList());
	}

	private static LauncherDiscoveryRequest request(Map<String, String> parameters) {
		return LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(UnitTestCase.class), selectClass(EndToEndTestCase.class),
				selectClass(DatabaseTestCase.class), selectClass(PlainTestCase.class))
			.configurationParameters(parameters)
			.enableImplicitConfigurationParameters(false)
			.build();
	}

	private static String name(TestIdentifier test) {
		String className = CategoryFilter.className(test.getSource()).orElseThrow();
		String simple = className.substring(className.indexOf('$') + 1).replace("TestCase", "").replace('$', '.');
		return simple + "." + test.getDisplayName().replace("()", "");
	}

	static class UnitTestCase {

		@Test
		void adds() {
		}
	}

	static class EndToEndTestCase {

		@Test
		void checksOut() {
		}
	}

	static class DatabaseTestCase {

		@Test
		void saves() {
		}

		@Nested
		class Reads {

			@Test
			void reads() {
			}
		}
	}

	static class PlainTestCase {

		@Test
		void runs() {
		}
	}
}
