package dev.testgov.junit.internal.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The per-JVM cache of probe answers under concurrent use. */
class ProbeCacheTests {

	@Test
	void probesOnceWhileParallelCallersWaitForTheAnswer() throws Exception {
		String key = UUID.randomUUID().toString();
		AtomicInteger calls = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Optional<String>>> answers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			answers.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				return ProbeCache.answer(key, () -> {
					calls.incrementAndGet();
					return Optional.of("TCP [db:5432] refused the connection");
				});
			}));
		}
		start.countDown();

		for (CompletableFuture<Optional<String>> answer : answers) {
			assertThat(answer.get(5, TimeUnit.SECONDS)).hasValue("TCP [db:5432] refused the connection");
		}
		assertThat(calls).hasValue(1);
	}

	@Test
	void retriesAProbeThatThrew() {
		String key = UUID.randomUUID().toString();

		assertThatThrownBy(() -> ProbeCache.answer(key, () -> {
			throw new IllegalStateException("broken probe");
		})).hasMessage("broken probe");
		assertThat(ProbeCache.answer(key, Optional::empty)).isEmpty();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
