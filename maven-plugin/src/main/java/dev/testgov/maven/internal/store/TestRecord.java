package dev.testgov.maven.internal.store;

import java.util.List;
import java.util.Objects;

/**
 * One test as the store knows it.
 *
 * @param uniqueId the JUnit Platform unique id
 * @param className the binary name of the test class, {@code com.acme.FooTests$Inner}
 * @param selectionNode the node a discovery filter selects to run it ({@link UniqueIds#selectionNode})
 * @param status the last outcome: {@code PASSED}, {@code FAILED}, {@code ERRORED}, {@code SKIPPED},
 *     {@code ABORTED}
 * @param parts what it depended on, as the union of these parts (shared with other tests of the same
 *     containers or fork, which keeps the store small); empty when {@link Attribution#STALE}
 */
public record TestRecord(String uniqueId, String className, String methodName, String selectionNode, String status,
		long durationMillis, Attribution attribution, List<Dependencies> parts) {

	public static final String PASSED = "PASSED";

	public TestRecord {
		Objects.requireNonNull(uniqueId, "uniqueId");
		parts = parts.stream().filter(part -> !part.isEmpty()).toList();
	}

	/** Everything the test depended on. */
	public Dependencies dependencies() {
		return parts.isEmpty() ? Dependencies.NONE : Dependencies.union(parts);
	}

	/**
	 * Whether selection may leave the test out when none of its dependencies changed: only a test that
	 * passed, whose dependencies are known and all inside the reactor or its dependencies. A failed, skipped
	 * or aborted test, a stale one, and one that read files outside the reactor always run.
	 */
	public boolean mayBeLeftOut() {
		return PASSED.equals(status) && attribution != Attribution.STALE && parts.stream().noneMatch(Dependencies::external);
	}

	/** The same test with nothing known about its dependencies: it must run. */
	public TestRecord stale() {
		return new TestRecord(uniqueId, className, methodName, selectionNode, status, durationMillis, Attribution.STALE,
			List.of());
	}
}
