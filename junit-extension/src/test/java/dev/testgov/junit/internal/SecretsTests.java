package dev.testgov.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SecretsTests {

	private static final String KEY = "sk-canary-1234567890";

	private final Secrets secrets = Secrets.of(List.of("API_KEY", "UNSET_KEY"),
		StubEnvironment.parameters(Map.of("API_KEY", KEY)));

	@Test
	void masksTheValueInText() {
		assertThat(secrets.redact("401 for key " + KEY + " (key " + KEY + ")")).isEqualTo("401 for key **** (key ****)");
		assertThat(secrets.redact((String) null)).isNull();
	}

	@Test
	void readsEnvironmentVariablesAndStripsValues() {
		Secrets fromVariable = Secrets.of(List.of("API_KEY"), StubEnvironment.of(Map.of(), Map.of("API_KEY", " " + KEY + "\n")));

		assertThat(fromVariable.redact("key=" + KEY)).isEqualTo("key=****");
	}

	@Test
	void leavesShortValuesAlone() {
		Secrets shortValues = Secrets.of(List.of("REGION", "FLAG"), StubEnvironment.parameters(Map.of("REGION", "eu1", "FLAG", "1")));

		assertThat(shortValues.redact("HTTP 401 in eu1")).isEqualTo("HTTP 401 in eu1");
	}

	@Test
	void masksTheLongerOfOverlappingValuesWhole() {
		Secrets overlapping = Secrets.of(List.of("ORG", "KEY"), StubEnvironment.parameters(Map.of("ORG", "sk-canary", "KEY", KEY)));

		assertThat(overlapping.redact("bad key " + KEY + " for sk-canary")).isEqualTo("bad key **** for ****");
	}

	@Test
	void returnsTheSameThrowableWhenNothingLeaks() {
		RuntimeException thrown = new RuntimeException("HTTP 401", new IllegalStateException("no key"));

		assertThat(secrets.redact(thrown)).isSameAs(thrown);
	}

	@Test
	void masksEveryCauseKeepingClassNamesAndStackTraces() {
		IllegalArgumentException cause = new IllegalArgumentException("rejected " + KEY);
		RuntimeException thrown = new RuntimeException("401 for key " + KEY, cause);

		Throwable redacted = secrets.redact(thrown);

		assertThat(redacted).isNotSameAs(thrown).isNotInstanceOf(AssertionError.class).hasMessage("401 for key ****");
		assertThat(redacted).hasToString("java.lang.RuntimeException: 401 for key ****");
		assertThat(redacted.getStackTrace()).isEqualTo(thrown.getStackTrace());
		assertThat(redacted.getCause()).hasToString("java.lang.IllegalArgumentException: rejected ****");
		assertThat(redacted.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
		assertThat(printed(redacted)).doesNotContain(KEY);
	}

	@Test
	void keepsTheOriginalTypeWhenItCanBeRebuiltFromAMessage() {
		Throwable redacted = secrets.redact(new IllegalStateException("401 for key " + KEY, new IOException("no " + KEY)));

		assertThat(redacted).isExactlyInstanceOf(IllegalStateException.class).hasMessage("401 for key ****");
		assertThat(redacted.getCause()).isExactlyInstanceOf(IOException.class).hasMessage("no ****");
	}

	@Test
	void wrapsTypesThatCannotBeRebuiltPrintingTheOriginalName() {
		Throwable redacted = secrets.redact(new UncheckedIOException("write failed for " + KEY, new IOException("disk")));

		assertThat(redacted).isNotInstanceOf(UncheckedIOException.class)
			.hasToString("java.io.UncheckedIOException: write failed for ****");
	}

	@Test
	void masksSuppressedExceptions() {
		RuntimeException thrown = new RuntimeException("request failed");
		thrown.addSuppressed(new IllegalStateException("close failed for " + KEY));

		Throwable redacted = secrets.redact(thrown);

		assertThat(redacted.getSuppressed()).singleElement()
			.hasToString("java.lang.IllegalStateException: close failed for ****");
		assertThat(printed(redacted)).doesNotContain(KEY);
	}

	@Test
	void keepsAnAssertionAnAssertion() {
		Throwable redacted = secrets.redact(new AssertionFailedError("expected: <x> but was: <" + KEY + ">"));

		assertThat(redacted).isInstanceOf(AssertionError.class)
			.hasToString("org.opentest4j.AssertionFailedError: expected: <x> but was: <****>");
	}

	@Test
	void keepsAnAbortedTestAborted() {
		Throwable redacted = secrets.redact(new TestAbortedException("Assumption failed: key " + KEY + " is for staging"));

		assertThat(redacted).isInstanceOf(TestAbortedException.class)
			.hasToString("org.opentest4j.TestAbortedException: Assumption failed: key **** is for staging");
	}

	@Test
	void printsANullMessageAsTheClassName() {
		Throwable redacted = secrets.redact(new RuntimeException(null, new IllegalStateException(KEY)));

		assertThat(redacted).hasToString("java.lang.RuntimeException");
		assertThat(redacted.getCause()).hasToString("java.lang.IllegalStateException: ****");
	}

	@Test
	void survivesACauseCycle() {
		RuntimeException first = new RuntimeException("first " + KEY);
		RuntimeException second = new RuntimeException("second", first);
		first.initCause(second);
		first.addSuppressed(second);

		Throwable redacted = secrets.redact(first);

		assertThat(redacted).hasMessage("first ****");
		assertThat(redacted.getCause()).hasMessage("second").hasNoCause();
		assertThat(printed(redacted)).doesNotContain(KEY);
	}

	private static String printed(Throwable thrown) {
		StringWriter text = new StringWriter();
		thrown.printStackTrace(new PrintWriter(text));
		return text.toString();
	}
}
