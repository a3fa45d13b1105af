package dev.testgov.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import dev.testgov.junit.GateConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.TestAbortedException;

class TransientFailuresTests {

	private final TransientFailures builtIns = TransientFailures.withBuiltIns(List.of());

	@ParameterizedTest(name = "[{0}] matches built-in pattern {1}")
	@CsvSource(delimiter = '|', value = {
		"HTTP 429                                                | 0",
		"status code: 529                                        | 0",
		"Server returned error 503                               | 0",
		"response=429                                            | 0",
		"429 Too Many Requests                                   | 1",
		"Rate limit reached for gpt-4o in organization org-x     | 2",
		"rate_limit_error                                        | 2",
		"x-ratelimit-remaining: 0                                | 2",
		"You exceeded your current quota, please check your plan | 3",
		"Quota exceeded for quota metric generate_requests       | 3",
		"insufficient_quota                                      | 3",
		"RESOURCE_EXHAUSTED                                      | 4",
		"overloaded_error                                        | 5",
		"{\"type\":\"error\",\"error\":{\"type\":\"Overloaded\"}}      | 5",
		"The engine is currently over capacity                   | 6",
		"Model is at full capacity, try again                    | 6",
		"capacity exceeded                                       | 6",
		"503 Service Unavailable                                 | 7",
	})
	void recognisesEachBuiltInPattern(String message, int pattern) {
		Optional<TransientFailures.Match> match = builtIns.match(new IllegalStateException(message));

		assertThat(match).map(TransientFailures.Match::rule).contains(TransientFailures.BUILT_IN.get(pattern));
	}

	@Test
	void recognisesACamelCaseClassName() {
		assertThat(builtIns.match(new ApiRateLimitException("slow down"))).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = {
		"Index 429 out of bounds for length 3",
		"HTTP 404 Not Found",
		"HTTP 500 Internal Server Error",
		"status 4290",
		"401 Unauthorized: invalid_api_key",
		"Connection refused",
		"expected 429 results but got 3",
		"failed to generate limits for the report",
		"cannot separate limit from offset",
		"turnover capacity is negative",
		"casino capacity is 500" })
	void ignoresOrdinaryFailures(String message) {
		assertThat(builtIns.match(new IllegalStateException(message))).isEmpty();
	}

	@Test
	void findsTheTransientCauseInAChain() {
		IOException cause = new IOException("HTTP 429");
		RuntimeException thrown = new UncheckedIOException("completion request failed", cause);

		assertThat(builtIns.match(thrown)).map(TransientFailures.Match::cause).containsSame(cause);
	}

	@Test
	void neverTreatsAnAssertionAsTransient() {
		assertThat(builtIns.match(new AssertionError("expected the rate limit header"))).isEmpty();
		assertThat(builtIns.match(new TestAbortedException("rate limit"))).isEmpty();
		assertThat(builtIns.match(new GateConfigurationException("rate limit"))).isEmpty();
	}

	@Test
	void addsUserPatterns() {
		TransientFailures withUser = TransientFailures.withBuiltIns(List.of(TransientFailures.compile("test", "(?i)server busy")));

		assertThat(withUser.match(new RuntimeException("Server busy, try later")))
			.map(match -> match.rule().describe()).contains("pattern [(?i)server busy]");
		assertThat(builtIns.match(new RuntimeException("Server busy, try later"))).isEmpty();
	}

	@Test
	void survivesACauseCycleAndANullMessage() {
		RuntimeException first = new RuntimeException((String) null);
		RuntimeException second = new RuntimeException("no luck", first);
		first.initCause(second);

		assertThat(builtIns.match(first)).isEmpty();
	}

	@Test
	void invalidPatternFailsNamingTheAttributeAndPattern() {
		assertThatThrownBy(() -> TransientFailures.compile("@LiveApi(transientFailures)", "([unclosed"))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("@LiveApi(transientFailures) contains an invalid regular expression [([unclosed]: "
					+ "Unclosed character class");
	}

	@Test
	void blankPatternFailsNamingTheAttribute() {
		assertThatThrownBy(() -> TransientFailures.compile("@LiveApi(transientFailures)", " "))
			.isInstanceOf(GateConfigurationException.class)
			.hasMessage("@LiveApi(transientFailures) contains a blank pattern; remove it or write a regular expression");
	}

	static class ApiRateLimitException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ApiRateLimitException(String message) {
			super(message);
		}
	}
}
