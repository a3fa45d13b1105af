package dev.testgov.junit.internal.record;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;


/**
 * A stand-in for the JaCoCo agent: every dump reports one class with one probe hit, so each cut writes one
 * coverage record and the records show where each cut's data went. Can be told to fail from a given dump on.
 */
final class FakeProbes implements ProbeSource {

	static final String WORK = "com/acme/Work";

	private final AtomicBoolean claimed = new AtomicBoolean();
	private final List<RawEntries.ClassProbes> restored = new ArrayList<>();
	private final AtomicInteger dumps = new AtomicInteger();
	private final int failFrom;

	FakeProbes() {
		this(Integer.MAX_VALUE);
	}

	FakeProbes(int failFrom) {
		this.failFrom = failFrom;
	}

	@Override
	public List<RawEntries.ClassProbes> take() {
		if (dumps.incrementAndGet() >= failFrom) {
			throw new IllegalStateException("agent gone");
		}
		return List.of(new RawEntries.ClassProbes(7L, WORK, 1, new byte[] { 1 }));
	}

	@Override
	public boolean claim() {
		return claimed.compareAndSet(false, true);
	}

	@Override
	public void release() {
		claimed.set(false);
	}

	@Override
	public synchronized void restore(Collection<RawEntries.ClassProbes> executed) {
		restored.addAll(executed);
	}

	/** What the recording gave back. */
	synchronized List<RawEntries.ClassProbes> restored() {
		return new ArrayList<>(restored);
	}

	boolean isClaimed() {
		return claimed.get();
	}
}
