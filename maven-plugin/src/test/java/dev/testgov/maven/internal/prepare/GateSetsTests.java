package dev.testgov.maven.internal.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import dev.testgov.maven.GateSet;
import org.junit.jupiter.api.Test;

/** The built-in gate sets, the project's own, and how a bad one fails. */
class GateSetsTests {

	private final GateSets builtIn = GateSets.of(List.of());

	@Test
	void fastLeavesOutDockerLiveAndManualTests() {
		GateSelection fast = builtIn.named("fast");

		assertThat(fast.groups()).isEmpty();
		assertThat(fast.excludedGroups()).containsExactly("requires_docker", "live_api", "manual");
		assertThat(fast.optsManualIn()).isFalse();
	}

	@Test
	void dockerAddsDockerTestsToFast() {
		assertThat(builtIn.named("docker").excludedGroups()).containsExactly("live_api", "manual");
	}

	@Test
	void liveRunsOnlyLiveApiTests() {
		assertThat(builtIn.named("live").groups()).containsExactly("live_api");
		assertThat(builtIn.named("live").excludedGroups()).isEmpty();
	}

	@Test
	void manualRunsOnlyManualTestsAndOptsThemIn() {
		assertThat(builtIn.named("manual").groups()).containsExactly("manual");
		assertThat(builtIn.named("manual").optsManualIn()).isTrue();
	}

	@Test
	void allAndUnsetFilterNothing() {
		assertThat(builtIn.named("all").filtersTags()).isFalse();
		assertThat(builtIn.named(null).name()).isEqualTo("all");
		assertThat(builtIn.named(" ").name()).isEqualTo("all");
	}

	@Test
	void projectSetsAreValidatedAndWrittenWithoutWhitespace() {
		GateSelection nightly = GateSets.of(List.of(set("nightly", List.of("requires_docker | slow"), List.of("live_api"))))
			.named(" nightly ");

		assertThat(nightly.groups()).containsExactly("requires_docker|slow");
		assertThat(nightly.excludedGroups()).containsExactly("live_api");
	}

	@Test
	void unknownSetListsTheKnownOnes() {
		GateSets sets = GateSets.of(List.of(set("nightly", List.of(), List.of("live_api"))));

		assertThatIllegalArgumentException().isThrownBy(() -> sets.named("fsat"))
			.withMessage("testgov: unknown gate set [fsat] in testgov.gates; known gate sets are"
					+ " [fast, docker, live, manual, all, nightly]; run with -Dtestgov.gates=<one of them>"
					+ " or declare it in <gateSets>");
	}

	@Test
	void invalidTagExpressionNamesTheSetAndTheElement() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GateSets.of(List.of(set("nightly", List.of(), List.of("live_api & (manual")))))
			.withMessage("testgov: gate set [nightly] has an invalid tag expression [live_api & (manual] in <excludeTags>:"
					+ " [)] is missing; use a JUnit tag or tag expression such as requires_docker or live_api & !manual");
	}

	@Test
	void builtInNameCannotBeRedefined() {
		assertThatIllegalArgumentException().isThrownBy(() -> GateSets.of(List.of(set("fast", List.of("a"), List.of()))))
			.withMessage("testgov: gate set [fast] in <gateSets> is built in; give yours another name");
	}

	@Test
	void duplicateEmptyAndMisnamedSetsFail() {
		GateSet nightly = set("nightly", List.of("a"), List.of());
		assertThatIllegalArgumentException().isThrownBy(() -> GateSets.of(List.of(nightly, nightly)))
			.withMessage("testgov: gate set [nightly] is declared twice in <gateSets>; keep one");
		assertThatIllegalArgumentException().isThrownBy(() -> GateSets.of(List.of(set("empty", List.of(), List.of()))))
			.withMessage("testgov: gate set [empty] in <gateSets> has neither <includeTags> nor <excludeTags>;"
					+ " add one, or use the built-in gate set [all]");
		assertThatIllegalArgumentException().isThrownBy(() -> GateSets.of(List.of(set("my set", List.of("a"), List.of()))))
			.withMessage("testgov: gate set name [my set] in <gateSets> is invalid; use letters, digits, '_' or '-'");
	}

	static GateSet set(String name, List<String> include, List<String> exclude) {
		GateSet set = new GateSet();
		set.setName(name);
		set.setIncludeTags(include);
		set.setExcludeTags(exclude);
		return set;
	}
}
