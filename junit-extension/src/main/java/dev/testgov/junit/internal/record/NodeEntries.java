package dev.testgov.junit.internal.record;

import java.util.Optional;

import dev.testgov.junit.internal.record.RawEntries.Outcome;
import dev.testgov.junit.internal.record.RawEntries.Scope;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The {@link Scope} and {@link Outcome} entries of a test or container, in the vocabulary of the outcome
 * recorder: {@code PASSED}, {@code FAILED} (an assertion), {@code ERRORED} (anything else thrown),
 * {@code SKIPPED}, {@code ABORTED}.
 */
final class NodeEntries {

	static final String PASSED = "PASSED";
	static final String FAILED = "FAILED";
	static final String ERRORED = "ERRORED";
	static final String SKIPPED = "SKIPPED";
	static final String ABORTED = "ABORTED";

	private NodeEntries() {
	}

	/**
	 * A node's scope, named after its own source or, failing that, its nearest ancestor's: a dynamic test
	 * without a source belongs to its factory method, which is what Surefire can select.
	 */
	static Scope scope(TestIdentifier node, TestPlan plan) {
		String className = "";
		String methodName = "";
		for (Optional<TestIdentifier> at = Optional.of(node); at.isPresent(); at = parent(at.get(), plan)) {
			TestSource source = at.get().getSource().orElse(null);
			if (source instanceof MethodSource method) {
				className = method.getClassName();
				methodName = method.getMethodName();
				break;
			}
			if (source instanceof ClassSource type) {
				className = type.getClassName();
				break;
			}
		}
		return new Scope(node.getUniqueId(), node.getParentId().orElse(""), node.isTest(), className, methodName);
	}

	static Outcome finished(TestIdentifier node, TestExecutionResult result, long durationMillis) {
		return new Outcome(node.getUniqueId(), status(result), durationMillis);
	}

	static Outcome skipped(TestIdentifier node) {
		return new Outcome(node.getUniqueId(), SKIPPED, 0);
	}

	static String status(TestExecutionResult result) {
		switch (result.getStatus()) {
			case SUCCESSFUL:
				return PASSED;
			case ABORTED:
				return ABORTED;
			default:
				return result.getThrowable().filter(AssertionError.class::isInstance).isPresent() ? FAILED : ERRORED;
		}
	}

	private static Optional<TestIdentifier> parent(TestIdentifier node, TestPlan plan) {
		return node.getParentId().isPresent() ? plan.getParent(node) : Optional.empty();
	}
}
