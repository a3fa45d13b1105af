package dev.testgov.junit.internal.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** What a selection keeps, and how a bad one fails. */
class CategorySelectionTests {

	private static final Set<String> UNIT = Set.of("unit");
	private static final Set<String> E2E = Set.of("e2e", "slow");
	private static final Set<String> SLOW_INTEGRATION = Set.of("integration", "slow");
	private static final Set<String> NONE = Set.of();

	private final CategoryRules rules = CategoryRules.of(null);

	@Test
	void singleCategorySelectsOnlyIt() {
		CategorySelection unit = CategorySelection.parse("unit", rules);

		assertThat(unit.selects(UNIT)).isTrue();
		assertThat(unit.selects(E2E)).isFalse();
		assertThat(unit.selects(NONE)).isFalse();
	}

	@Test
	void severalCategoriesSelectEither() {
		CategorySelection selection = CategorySelection.parse(" unit , e2e ", rules);

		assertThat(selection.selects(UNIT)).isTrue();
		assertThat(selection.selects(E2E)).isTrue();
		assertThat(selection.selects(SLOW_INTEGRATION)).isFalse();
		assertThat(selection).hasToString("unit , e2e");
	}

	@Test
	void exclusionAloneKeepsEverythingElseUncategorisedIncluded() {
		CategorySelection notSlow = CategorySelection.parse("!slow", rules);

		assertThat(notSlow.selects(UNIT)).isTrue();
		assertThat(notSlow.selects(NONE)).isTrue();
		assertThat(notSlow.selects(E2E)).isFalse();
	}

	@Test
	void exclusionWinsOverInclusion() {
		CategorySelection selection = CategorySelection.parse("integration,!slow", rules);

		assertThat(selection.selects(Set.of("integration"))).isTrue();
		assertThat(selection.selects(SLOW_INTEGRATION)).isFalse();
		assertThat(selection.selects(UNIT)).isFalse();
	}

	@Test
	void uncategorisedSelectsOrExcludesTestsWithoutCategory() {
		assertThat(CategorySelection.parse("unit,uncategorised", rules).selects(NONE)).isTrue();
		assertThat(CategorySelection.parse("!uncategorised", rules).selects(NONE)).isFalse();
		assertThat(CategorySelection.parse("!uncategorised", rules).selects(UNIT)).isTrue();
	}

	@Test
	void unknownCategoryFailsNamingItAndTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> CategorySelection.parse("unit,!slwo", rules))
			.withMessage("testgov.categories=[unit,!slwo] names an unknown category [slwo]; known categories are"
					+ " [e2e, integration, manual, performance, slow, unit] and uncategorised,"
					+ " or define one in testgov.categoryPatterns");
	}

	@Test
	void categoriesDefinedByPatternsAreKnown() {
		CategoryRules withSmoke = CategoryRules.of("**.*SmokeTest=smoke");

		assertThat(CategorySelection.parse("smoke", withSmoke).selects(Set.of("smoke"))).isTrue();
	}

	@Test
	void blankEntryFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> CategorySelection.parse("unit,,e2e", rules))
			.withMessage("testgov.categories=[unit,,e2e] has a blank entry; separate categories with ','"
					+ " and prefix '!' to exclude one");
		assertThatIllegalArgumentException().isThrownBy(() -> CategorySelection.parse("!", rules))
			.withMessageContaining("has a blank entry");
	}

	@Test
	void selectingAndExcludingTheSameCategoryFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> CategorySelection.parse("slow,!slow", rules))
			.withMessage("testgov.categories=[slow,!slow] both selects and excludes [slow]; keep one of them");
	}
}
