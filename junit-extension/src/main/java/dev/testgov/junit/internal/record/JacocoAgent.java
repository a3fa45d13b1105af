package dev.testgov.junit.internal.record;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;

/**
 * The JaCoCo agent of this JVM, reached by reflection: it sits on the {@code -javaagent} path, not the test
 * classpath, and testgov-junit must not depend on it. The agent is one per JVM, and so is this object.
 */
final class JacocoAgent implements ProbeSource {

	static final String RUNTIME_CLASS = "org.jacoco.agent.rt.RT";
	static final String AGENT_INTERFACE = "org.jacoco.agent.rt.IAgent";
	static final String NOT_VISIBLE = "no JaCoCo agent: class [" + RUNTIME_CLASS + "] is not visible;"
			+ " was argLine overridden without @{argLine}?";
	static final String NOT_STARTED = "no JaCoCo agent started (%s); was argLine overridden without @{argLine}?";
	static final String INCOMPATIBLE = "the JaCoCo agent offers no getExecutionData(boolean): %s";
	static final String DUMP_FAILED = "the JaCoCo agent failed to hand over its execution data: %s";

	private static final Object LOCK = new Object();
	private static JacocoAgent located;

	static final String RESTORE_FAILED = "[testgov] could not give the JaCoCo agent back its execution data, so its"
			+ " report misses what ran before the last test: %s";

	private final Object agent;
	private final MethodHandle executionData;
	private final ProbeArrays arrays;
	private final ExecDataReader reader = new ExecDataReader();
	private final AtomicBoolean claimed = new AtomicBoolean();

	/** @param arrays the agent's probe arrays; null to go through its exec format instead */
	private JacocoAgent(Object agent, MethodHandle executionData, ProbeArrays arrays) {
		this.agent = agent;
		this.executionData = executionData;
		this.arrays = arrays;
	}

	/** @throws Unavailable saying why, in one line, when this JVM runs no usable JaCoCo agent */
	static JacocoAgent locate() throws Unavailable {
		synchronized (LOCK) {
			if (located == null) {
				Class<?> runtime = runtimeClass();
				Object agent = agent(runtime);
				located = new JacocoAgent(agent, executionData(runtime, agent), arrays(agent));
			}
			return located;
		}
	}

	/**
	 * Reads the probe arrays in place when the agent's internals allow it (JaCoCo 0.8.x), else the agent's
	 * exec-format dump, which costs a serialisation and a parse per cut.
	 */
	@Override
	public List<ClassProbes> take() {
		try {
			return arrays != null ? arrays.take() : reader.read((byte[]) executionData.invokeExact(true));
		}
		catch (RuntimeException | Error e) {
			throw e;
		}
		catch (Throwable e) {
			throw new IllegalStateException(String.format(DUMP_FAILED, e), e);
		}
	}

	/**
	 * Sets, in the agent's own runtime data, every probe that executed: the agent then writes the coverage of
	 * the whole run when the JVM ends, as if testgov had never reset it. Reaches the agent's internal
	 * {@code getData()}, {@code RuntimeData.getExecutionData(Long, String, int)} and
	 * {@code ExecutionData.getProbes()} by reflection, as JaCoCo 0.8.x has them.
	 */
	@Override
	public void restore(Collection<ClassProbes> executed) {
		try {
			Object data = agent.getClass().getMethod("getData").invoke(agent);
			Method lookup = data.getClass().getMethod("getExecutionData", Long.class, String.class, int.class);
			for (ClassProbes probes : executed) {
				Object classData = lookup.invoke(data, probes.classId(), probes.className(), probes.probeCount());
				boolean[] target = (boolean[]) classData.getClass().getMethod("getProbes").invoke(classData);
				for (int i = 0; i < probes.probeCount() && i < target.length; i++) {
					target[i] |= probes.hit(i);
				}
			}
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			System.err.println(String.format(RESTORE_FAILED, e));
		}
	}

	@Override
	public boolean claim() {
		return claimed.compareAndSet(false, true);
	}

	@Override
	public void release() {
		claimed.set(false);
	}

	private static Class<?> runtimeClass() throws Unavailable {
		for (ClassLoader loader : new ClassLoader[] { ClassLoader.getSystemClassLoader(),
				Thread.currentThread().getContextClassLoader() }) {
			try {
				return Class.forName(RUNTIME_CLASS, true, loader);
			}
			catch (ClassNotFoundException | LinkageError notHere) {
				// try the next loader
			}
		}
		throw new Unavailable(NOT_VISIBLE);
	}

	private static Object agent(Class<?> runtime) throws Unavailable {
		try {
			return runtime.getMethod("getAgent").invoke(null);
		}
		catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			throw new Unavailable(String.format(NOT_STARTED, cause.getMessage() == null ? cause : cause.getMessage()));
		}
		catch (ReflectiveOperationException e) {
			throw new Unavailable(String.format(INCOMPATIBLE, e));
		}
	}

	/** Whether the probe arrays can be read in place: the path through the exec format always works. */
	boolean readsInPlace() {
		return arrays != null;
	}

	private static ProbeArrays arrays(Object agent) {
		try {
			return ProbeArrays.of(agent);
		}
		catch (ReflectiveOperationException | RuntimeException notJacoco08) {
			return null;
		}
	}

	private static MethodHandle executionData(Class<?> runtime, Object agent) throws Unavailable {
		try {
			Class<?> api = Class.forName(AGENT_INTERFACE, false, runtime.getClassLoader());
			return MethodHandles.publicLookup()
				.findVirtual(api, "getExecutionData", MethodType.methodType(byte[].class, boolean.class))
				.bindTo(agent);
		}
		catch (ReflectiveOperationException e) {
			throw new Unavailable(String.format(INCOMPATIBLE, e));
		}
	}

	/** This JVM has no JaCoCo agent the recorder can use; the message says why. */
	static final class Unavailable extends Exception {

		private static final long serialVersionUID = 1L;

		Unavailable(String message) {
			super(message);
		}
	}
}
