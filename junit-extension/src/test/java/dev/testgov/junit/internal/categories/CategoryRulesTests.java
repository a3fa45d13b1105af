package dev.testgov.junit.internal.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Categories from package segments and class names: the defaults, user patterns, and bad patterns. */
class CategoryRulesTests {

	private final CategoryRules defaults = CategoryRules.of(null);

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"com.acme.unit.MathTest             | [unit]",
		"unit.MathTest                      | [unit]",
		"com.acme.integration.RepoTest      | [integration]",
		"com.acme.RepoIT                    | [integration]",
		"com.acme.RepoITCase                | [integration]",
		"com.acme.RepoIntegrationTest       | [integration]",
		"com.acme.RepoIntegrationTests      | [integration]",
		"com.acme.e2e.CheckoutTest          | [e2e, slow]",
		"com.acme.performance.LoadTest      | [performance, slow]",
		"com.acme.perf.LoadTest             | [performance, slow]",
		"com.acme.manual.ReceiptTest        | [manual]",
		"com.acme.unit.RepoIT               | [integration, unit]",
		"com.acme.unit.MathTest$Nested      | [unit]",
		"com.acme.RepoIT$Nested             | [integration]",
		"com.acme.MathTest                  | []",
		"com.acme.units.MathTest            | []",
		"com.acme.community.MathTest        | []",
		"com.acme.Unit                      | []",
		"com.acme.RepoITs                   | []",
	})
	void defaultsCategoriseByPackageSegmentAndName(String className, String categories) {
		assertThat(defaults.categoriesOf(className)).hasToString(categories);
	}

	@Test
	void userPatternsAddToTheDefaults() {
		CategoryRules rules = CategoryRules.of("**.api.**=integration; com.acme.*SmokeTest=smoke,slow ;");

		assertThat(rules.categoriesOf("com.acme.api.OrderTest")).containsExactly("integration");
		assertThat(rules.categoriesOf("com.acme.CartSmokeTest")).containsExactly("slow", "smoke");
		assertThat(rules.categoriesOf("com.acme.sub.CartSmokeTest")).isEmpty();
		assertThat(rules.categoriesOf("com.acme.unit.MathTest")).containsExactly("unit");
		assertThat(rules.knownCategories()).containsExactly("e2e", "integration", "manual", "performance", "slow",
			"smoke", "unit");
	}

	@Test
	void doubleStarMatchesNoSegmentOrMany() {
		CategoryRules rules = CategoryRules.of("com.**.db.*=database");

		assertThat(rules.categoriesOf("com.db.RepoTest")).containsExactly("database");
		assertThat(rules.categoriesOf("com.acme.shop.db.RepoTest")).containsExactly("database");
		assertThat(rules.categoriesOf("com.acme.db.sub.RepoTest")).isEmpty();
	}

	@Test
	void nestedClassesAlsoMatchByBinaryName() {
		CategoryRules rules = CategoryRules.of("**$Slow*=slow");

		assertThat(rules.categoriesOf("com.acme.unit.OrderTest$SlowCases")).containsExactly("slow", "unit");
		assertThat(rules.categoriesOf("com.acme.unit.OrderTest")).containsExactly("unit");
	}

	@Test
	void rulesAreCachedPerSetting() {
		assertThat(CategoryRules.of(" **.api.**=integration ")).isSameAs(CategoryRules.of("**.api.**=integration"));
		assertThat(CategoryRules.of("")).isSameAs(defaults);
	}

	@Test
	void entryWithoutEqualsSignFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> CategoryRules.of("**.api.**"))
			.withMessage("testgov.categoryPatterns entry [**.api.**] is not glob=category[,category];"
					+ " e.g. **.api.**=integration or **.*SmokeTest=smoke,slow");
	}

	@Test
	void invalidGlobFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> CategoryRules.of("com/acme/**=api"))
			.withMessage("testgov.categoryPatterns entry [com/acme/**=api] has an invalid glob [com/acme/**];"
					+ " use letters, digits, '.', '$', '_', * and **; e.g. **.api.**=integration or **.*SmokeTest=smoke,slow");
	}

	@Test
	void invalidOrReservedCategoryNameFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> CategoryRules.of("**.api.**=integration,"))
			.withMessage("testgov.categoryPatterns entry [**.api.**=integration,] has an invalid category name [];"
					+ " use letters, digits, '_' or '-', and not uncategorised;"
					+ " e.g. **.api.**=integration or **.*SmokeTest=smoke,slow");
		assertThatIllegalArgumentException().isThrownBy(() -> CategoryRules.of("**.x.**=uncategorised"))
			.withMessageContaining("has an invalid category name [uncategorised]");
	}
}
