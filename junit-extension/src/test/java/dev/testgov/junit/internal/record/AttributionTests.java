package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class AttributionTests {

	private static final String ENGINE = "[engine:junit-jupiter]";
	private static final String CLASS = ENGINE + "/[class:com.acme.FooTests]";
	private static final String TEST = CLASS + "/[method:adds()]";

	private final Attribution attribution = new Attribution();
	private final Thread main = Thread.currentThread();

	@Test
	void theInnermostRunningNodeReceivesWhatExecutesAndTheRootTheRest() {
		assertThat(attribution.current()).isEqualTo(Attribution.ROOT);
		attribution.started(ENGINE, main);
		attribution.started(CLASS, main);
		attribution.started(TEST, main);
		assertThat(attribution.current()).isEqualTo(TEST);

		assertThat(attribution.finished(TEST)).isNull();
		assertThat(attribution.current()).isEqualTo(CLASS);
		attribution.finished(CLASS);
		attribution.finished(ENGINE);
		assertThat(attribution.current()).isEqualTo(Attribution.ROOT);
		assertThat(attribution.isForkWide()).isFalse();
	}

	@Test
	void aNodeStartingOnAnotherThreadMakesAttributionForkWideForGood() throws InterruptedException {
		attribution.started(CLASS, main);
		attribution.started(TEST, main);
		AtomicReference<String> reason = new AtomicReference<>();
		Thread worker = new Thread(() -> reason.set(attribution.started(CLASS + "/[method:other()]", Thread.currentThread())),
			"worker-1");
		worker.start();
		worker.join();

		assertThat(reason.get()).isEqualTo("[" + CLASS + "/[method:other()]] was reported on thread [worker-1] while [" + TEST
				+ "] ran on thread [" + main.getName() + "]: tests run concurrently in this fork");
		assertThat(attribution.current()).isEqualTo(Attribution.ROOT);
		assertThat(attribution.started(TEST + "2", main)).isNull();
		assertThat(attribution.current()).isEqualTo(Attribution.ROOT);
		assertThat(attribution.finished(TEST)).isNull();
	}

	@Test
	void aFinishOutOfOrderMakesAttributionForkWide() {
		attribution.started(CLASS, main);
		attribution.started(TEST, main);

		assertThat(attribution.finished(CLASS))
			.isEqualTo("[" + CLASS + "] finished while [" + TEST + "] still ran: tests run concurrently in this fork");
		assertThat(attribution.isForkWide()).isTrue();
	}

	@Test
	void aSkipReportedFromAnotherThreadRevealsConcurrency() throws InterruptedException {
		attribution.started(TEST, main);
		AtomicReference<String> reason = new AtomicReference<>();
		Thread worker = new Thread(() -> reason.set(attribution.skipped(CLASS, Thread.currentThread())), "worker-2");
		worker.start();
		worker.join();

		assertThat(reason.get()).startsWith("[" + CLASS + "] was reported on thread [worker-2]");
		assertThat(attribution.isForkWide()).isTrue();
	}

	@Test
	void fallingBackTwiceKeepsTheFirstReason() {
		assertThat(attribution.fallBack("configured")).isEqualTo("configured");
		assertThat(attribution.fallBack("again")).isNull();
		attribution.started(TEST, main);
		assertThat(attribution.current()).isEqualTo(Attribution.ROOT);
	}
}
