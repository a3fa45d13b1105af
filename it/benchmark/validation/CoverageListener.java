package dev.testgov.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Validation only (validate-model.sh): writes the JaCoCo execution data of every interval between two test events,
 * attributed to the test running then or, outside tests, to the innermost running class (its @BeforeAll). Off
 * unless -Dbench.coverage.dir is set.
 */
public final class CoverageListener implements TestExecutionListener {
	private final Deque<String> running = new ArrayDeque<>();
	private Object agent;
	private Path dir;
	private int interval;

	@Override
	public void testPlanExecutionStarted(TestPlan plan) {
		String target = System.getProperty("bench.coverage.dir");
		if (target == null) {
			return;
		}
		try {
			agent = Class.forName("org.jacoco.agent.rt.RT").getMethod("getAgent").invoke(null);
			dir = Path.of(target);
			Files.createDirectories(dir);
			take();
		} catch (ReflectiveOperationException | IOException e) {
			throw new IllegalStateException("JaCoCo agent not reachable", e);
		}
	}

	@Override
	public void executionStarted(TestIdentifier id) {
		if (agent != null && owner(id) != null) {
			flush();
			running.push((id.isTest() ? "test\t" : "class\t") + owner(id));
		}
	}

	@Override
	public void executionFinished(TestIdentifier id, org.junit.platform.engine.TestExecutionResult result) {
		if (agent != null && owner(id) != null) {
			flush();
			running.pop();
		}
	}

	/** class#method for tests, the class for class containers, null for what has neither (engine, templates' parents). */
	private static String owner(TestIdentifier id) {
		TestSource source = id.getSource().orElse(null);
		if (id.isTest() && source instanceof MethodSource m) {
			return m.getClassName() + "#" + m.getMethodName();
		}
		if (id.isContainer() && source instanceof ClassSource c) {
			return c.getClassName();
		}
		return id.isTest() ? "?" : null;
	}

	private void flush() {
		byte[] data = take();
		if (running.isEmpty() || data.length == 0) {
			return;
		}
		try {
			String name = ProcessHandle.current().pid() + "-" + interval++;
			Files.write(dir.resolve(name + ".exec"), data);
			Files.writeString(dir.resolve("index.tsv"), name + "\t" + running.peek() + "\n", StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private byte[] take() {
		try {
			return (byte[]) agent.getClass().getMethod("getExecutionData", boolean.class).invoke(agent, true);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}
}
