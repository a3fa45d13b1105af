package dev.testgov.maven.internal.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JUnit tag expressions against a test's tags, as Surefire's groups and excludedGroups apply them. */
class TagExpressionsTests {

	@ParameterizedTest(name = "[{0}] on {1}: {2}")
	@CsvSource(delimiter = ';', value = {
		"requires_docker; requires_docker; true",
		"requires_docker; live_api; false",
		"!requires_docker; live_api; true",
		"live_api & !manual; live_api; true",
		"live_api & !manual; live_api manual; false",
		"(a | b) & !c; b; true",
		"(a | b) & !c; b c; false",
		"a | b & c; a; true",
		"!a & b; b; true",
		"any(); slow; true",
		"any(); ''; false",
		"none(); ''; true",
		"none(); slow; false",
	})
	void matchesAsJUnitDoes(String expression, String tags, boolean matches) {
		Set<String> tagSet = tags.isBlank() ? Set.of() : Set.of(tags.split(" "));
		assertThat(TagExpressions.matches(expression, tagSet)).isEqualTo(matches);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "(a", "a &", "a b" })
	void anExpressionThatDoesNotParseIsRefused(String expression) {
		assertThatIllegalArgumentException().isThrownBy(() -> TagExpressions.matches(expression, Set.of("a")));
	}
}
