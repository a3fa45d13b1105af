package dev.testgov.junit.internal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.testgov.junit.GateConfigurationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The filter as Surefire meets it: found through {@code META-INF/services}, told where the skip list is. */
class SelectionFilterTests {

	private static final String CLASS = "[engine:junit-jupiter]/[class:" + SampleTestCase.class.getName() + "]";
	private static final String ADDS = CLASS + "/[method:adds()]";
	private static final String TEMPLATE = CLASS + "/[test-template:counts(int)]";
	private static final String NESTED = CLASS + "/[nested-class:Inner]/[method:reads()]";

	@TempDir
	Path directory;

	@Test
	void withoutASelectionFileEveryTestRuns() {
		assertThat(discover(Map.of())).containsExactlyInAnyOrder(ADDS, TEMPLATE, NESTED, CLASS + "/[method:subtracts()]");
	}

	@Test
	void leavesOutTheListedTestsTemplatesAndNestedTests() throws Exception {
		Path file = directory.resolve("selection.txt");
		SelectionFile.write(file, List.of(ADDS, TEMPLATE, NESTED));

		assertThat(discover(Map.of(SelectionFile.PARAMETER, file.toString())))
			.containsExactlyInAnyOrder(CLASS + "/[method:subtracts()]");
	}

	@Test
	void aRewrittenFileIsReadAgainInTheSameJvm() throws Exception {
		Path file = directory.resolve("selection.txt");
		SelectionFile.write(file, List.of(ADDS, TEMPLATE, NESTED));
		discover(Map.of(SelectionFile.PARAMETER, file.toString()));

		SelectionFile.write(file, List.of(TEMPLATE));

		assertThat(discover(Map.of(SelectionFile.PARAMETER, file.toString())))
			.containsExactlyInAnyOrder(ADDS, NESTED, CLASS + "/[method:subtracts()]");
	}

	@Test
	void aFileThatIsNotASelectionFailsDiscovery() throws Exception {
		Path file = Files.writeString(directory.resolve("selection.txt"), "skip everything\n");

		assertThatThrownBy(() -> discover(Map.of(SelectionFile.PARAMETER, file.toString())))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessageContaining("is not a testgov selection file");
	}

	private static List<String> discover(Map<String, String> parameters) {
		TestPlan plan = LauncherFactory.create().discover(LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(SampleTestCase.class))
			.configurationParameters(parameters)
			.enableImplicitConfigurationParameters(false)
			.build());
		List<String> leaves = new ArrayList<>();
		plan.getRoots().forEach(root -> plan.getDescendants(root).stream()
			.filter(node -> plan.getChildren(node).isEmpty() && !node.getUniqueId().equals(CLASS))
			.map(TestIdentifier::getUniqueId)
			.forEach(leaves::add));
		return leaves.stream().sorted().toList();
	}

	static class SampleTestCase {

		@Test
		void adds() {
		}

		@Test
		void subtracts() {
		}

		@ParameterizedTest
		@ValueSource(ints = {1, 2})
		void counts(int value) {
		}

		@Nested
		class Inner {

			@Test
			void reads() {
			}
		}
	}
}
