package dev.testgov.junit.internal.services;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Probe answers, once per JVM per resolved probe. Parallel tests asking for the same probe wait for one
 * answer; tests asking for different probes never wait for each other.
 */
final class ProbeCache {

	private static final ConcurrentMap<Object, Answer> ANSWERS = new ConcurrentHashMap<>();

	private ProbeCache() {
	}

	/** The cached answer for the key, probing on first use; a probe that throws is retried next time. */
	static Optional<String> answer(Object key, Supplier<Optional<String>> probe) {
		return ANSWERS.computeIfAbsent(key, ignored -> new Answer()).get(probe);
	}

	/** One probe's answer, computed by the first caller while the others wait. */
	private static final class Answer {

		private Optional<String> value;

		synchronized Optional<String> get(Supplier<Optional<String>> probe) {
			if (value == null) {
				value = probe.get();
			}
			return value;
		}
	}
}
