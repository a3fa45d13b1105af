package dev.testgov.maven.internal.analysis;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;

/**
 * The JaCoCo agent in miniature: classes instrumented by JaCoCo core's {@link Instrumenter} and loaded into
 * their own class loader, a {@link LoggerRuntime} collecting their probes, and coverage taken and reset the
 * way the test JVM's listener takes it between tests.
 */
public final class AgentSimulation implements AutoCloseable {

	private final LoggerRuntime runtime = new LoggerRuntime();
	private final RuntimeData data = new RuntimeData();
	private final ClassLoader loader;

	/** Instruments every class of {@code classes} (JVM names to bytes). */
	public AgentSimulation(Map<String, byte[]> classes) throws Exception {
		runtime.startup(data);
		Instrumenter instrumenter = new Instrumenter(runtime);
		Map<String, byte[]> instrumented = new java.util.HashMap<>();
		for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
			instrumented.put(entry.getKey().replace('/', '.'), instrumenter.instrument(entry.getValue(), entry.getKey()));
		}
		loader = new ClassLoader(AgentSimulation.class.getClassLoader()) {

			@Override
			protected Class<?> findClass(String name) throws ClassNotFoundException {
				byte[] bytes = instrumented.get(name);
				if (bytes == null) {
					throw new ClassNotFoundException(name);
				}
				return defineClass(name, bytes, 0, bytes.length);
			}
		};
	}

	/** Calls the public static method {@code methodName} of {@code className} (binary name). */
	public Object call(String className, String methodName, Object... arguments) throws Exception {
		for (Method method : loader.loadClass(className).getMethods()) {
			if (method.getName().equals(methodName) && method.getParameterCount() == arguments.length) {
				return method.invoke(null, arguments);
			}
		}
		throw new NoSuchMethodException(className + "." + methodName);
	}

	/** The probes of every class that initialised its probes since the last call, then resets them all. */
	public List<ClassProbes> takeCoverage() {
		List<ClassProbes> coverage = new ArrayList<>();
		data.collect(execution -> coverage.add(probes(execution.getId(), execution.getName(), execution.getProbes())),
			session -> {
			}, true);
		return coverage;
	}

	private static ClassProbes probes(long classId, String className, boolean[] hits) {
		byte[] bits = new byte[(hits.length + 7) / 8];
		for (int i = 0; i < hits.length; i++) {
			if (hits[i]) {
				bits[i >> 3] |= (byte) (1 << (i & 7));
			}
		}
		return new ClassProbes(classId, className, hits.length, bits);
	}

	@Override
	public void close() {
		runtime.shutdown();
	}
}
