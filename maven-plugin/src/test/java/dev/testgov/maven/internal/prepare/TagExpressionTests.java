package dev.testgov.maven.internal.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tag expressions as the JUnit Platform reads them, written without the whitespace Surefire splits on. */
class TagExpressionTests {

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
		"requires_docker             ; requires_docker",
		"live_api & !manual          ; live_api&!manual",
		" ( a | b ) & !c             ; (a|b)&!c",
		"!!a                         ; !!a",
		"any()                       ; any()",
		"none ( )                    ; none()",
		"slow & !(a & b)             ; slow&!(a&b)",
	})
	void validExpressionsLoseTheirWhitespace(String expression, String canonical) {
		assertThat(TagExpression.canonical(expression)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
		"a,b       ; [,] is not allowed in a tag",
		"a &       ; a tag is missing at the end",
		"& a       ; a tag is missing before [&]",
		"(a | b    ; [)] is missing",
		"a b       ; unexpected [b]",
		"a)        ; unexpected [)]",
	})
	void invalidExpressionsSayWhatIsWrong(String expression, String problem) {
		assertThatIllegalArgumentException().isThrownBy(() -> TagExpression.canonical(expression)).withMessage(problem);
	}

	@ParameterizedTest
	@CsvSource(value = { "''", "'  '" })
	void blankExpressionFails(String expression) {
		assertThatIllegalArgumentException().isThrownBy(() -> TagExpression.canonical(expression)).withMessage("it is blank");
	}
}
