package dev.testgov.junit.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.opentest4j.TestAbortedException;

/**
 * Keeps credential values out of everything testgov and JUnit print: any value of a declared credential
 * that appears in a message is replaced by {@code ****}.
 */
public final class Secrets {

	/** Shorter values would redact ordinary words and digits; nobody's API key is this short. */
	private static final int MINIMUM_LENGTH = 4;
	private static final String MASK = "****";

	private final List<String> values;

	private Secrets(List<String> values) {
		this.values = values;
	}

	/** The current values of the named credentials. */
	public static Secrets of(Collection<String> names, Environment environment) {
		return new Secrets(names.stream()
			.map(environment::parameterOrVariable)
			.flatMap(java.util.Optional::stream)
			.map(String::strip)
			.filter(value -> value.length() >= MINIMUM_LENGTH)
			.distinct()
			// Longest first: masking a shorter value inside a longer one first would leave the rest of it.
			.sorted(Comparator.comparingInt(String::length).reversed())
			.collect(Collectors.toList()));
	}

	/** The text with every credential value masked. */
	public String redact(String text) {
		if (text == null) {
			return null;
		}
		String redacted = text;
		for (String value : values) {
			redacted = redacted.replace(value, MASK);
		}
		return redacted;
	}

	/**
	 * The throwable itself when no message in its chain holds a credential value; otherwise a copy of the
	 * chain with masked messages, the original class names and the original stack traces.
	 */
	public Throwable redact(Throwable thrown) {
		return leaks(thrown, Causes.identitySet()) ? copy(thrown, Causes.identitySet()) : thrown;
	}

	private boolean leaks(Throwable thrown, Set<Throwable> checked) {
		for (Throwable link : Causes.chain(thrown)) {
			if (!checked.add(link)) {
				continue;
			}
			if (!Objects.equals(redact(link.getMessage()), link.getMessage())) {
				return true;
			}
			for (Throwable suppressed : link.getSuppressed()) {
				if (leaks(suppressed, checked)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Copies the chain innermost first, so each copy is built with its copied cause; a cycle is cut. */
	private Throwable copy(Throwable original, Set<Throwable> copied) {
		List<Throwable> chain = Causes.chain(original);
		copied.addAll(chain);
		Throwable copy = null;
		for (int i = chain.size() - 1; i >= 0; i--) {
			copy = copyLink(chain.get(i), copy, copied);
		}
		return copy;
	}

	/**
	 * A new instance of the original's own class, through its public {@code (String)} constructor, when it
	 * has one and takes the cause; otherwise {@code null}.
	 */
	private static Throwable sameType(Throwable original, String message, Throwable cause) {
		try {
			Throwable copy = original.getClass().getConstructor(String.class).newInstance(message);
			if (!Objects.equals(copy.getMessage(), message) || copy.getCause() != null) {
				return null;
			}
			if (cause != null) {
				copy.initCause(cause);
			}
			return copy;
		}
		catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			return null;
		}
	}

	private static Throwable wrapper(Throwable original, String message, Throwable cause) {
		String name = original.getClass().getName();
		if (original instanceof AssertionError) {
			return new RedactedAssertionError(name, message, cause);
		}
		if (original instanceof TestAbortedException) {
			return new RedactedAbortedException(name, message, cause);
		}
		return new RedactedException(name, message, cause);
	}

	private Throwable copyLink(Throwable original, Throwable copiedCause, Set<Throwable> copied) {
		String message = redact(original.getMessage());
		// The original's own type keeps Surefire's one-line summary and callers' catch blocks right.
		Throwable copy = sameType(original, message, copiedCause);
		if (copy == null) {
			copy = wrapper(original, message, copiedCause);
		}
		copy.setStackTrace(original.getStackTrace());
		for (Throwable suppressed : original.getSuppressed()) {
			if (!copied.contains(suppressed)) {
				copy.addSuppressed(copy(suppressed, copied));
			}
		}
		return copy;
	}

	/** A masked copy of an exception; prints as the original class. */
	static final class RedactedException extends RuntimeException {

		private static final long serialVersionUID = 1L;
		private final String originalClass;

		RedactedException(String originalClass, String message, Throwable cause) {
			super(message, cause, true, true);
			this.originalClass = originalClass;
		}

		@Override
		public String toString() {
			return describe(originalClass, getMessage());
		}
	}

	/** A masked copy of an aborted test's exception (a failed assumption), so that the test stays aborted. */
	static final class RedactedAbortedException extends TestAbortedException {

		private static final long serialVersionUID = 1L;
		private final String originalClass;

		RedactedAbortedException(String originalClass, String message, Throwable cause) {
			super(message, cause);
			this.originalClass = originalClass;
		}

		@Override
		public String toString() {
			return describe(originalClass, getMessage());
		}
	}

	/** A masked copy of an assertion failure, so that it still counts as a failure, not an error. */
	static final class RedactedAssertionError extends AssertionError {

		private static final long serialVersionUID = 1L;
		private final String originalClass;

		RedactedAssertionError(String originalClass, String message, Throwable cause) {
			super(message, cause);
			this.originalClass = originalClass;
		}

		@Override
		public String toString() {
			return describe(originalClass, getMessage());
		}
	}

	private static String describe(String originalClass, String message) {
		return message == null ? originalClass : originalClass + ": " + message;
	}
}
