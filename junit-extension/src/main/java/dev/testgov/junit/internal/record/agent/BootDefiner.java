package dev.testgov.junit.internal.record.agent;

import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.Map;

/**
 * Defines classes in the bootstrap class loader through the JDK's internal {@code Unsafe}. The agent loads this
 * class alone into a throwaway class loader and exports {@code jdk.internal.misc} to that loader's unnamed
 * module only, so no test code gains access to JDK internals. Appending a jar to the bootstrap search path
 * instead would make JDK 21+ print a VM warning in every fork (which Surefire reports as a corrupted channel)
 * and turn off class data sharing for application classes. Uses only JDK types: its loader sees nothing else.
 */
public final class BootDefiner {

	static final String UNSAFE = "jdk.internal.misc.Unsafe";
	static final String UNSAFE_PACKAGE = "jdk.internal.misc";

	private BootDefiner() {
	}

	/** @param classes class files by binary name, all defined before any of them runs */
	public static void define(Map<String, byte[]> classes) throws ReflectiveOperationException {
		Class<?> type = Class.forName(UNSAFE);
		Object unsafe = type.getMethod("getUnsafe").invoke(null);
		Method define = type.getMethod("defineClass", String.class, byte[].class, int.class, int.class, ClassLoader.class,
			ProtectionDomain.class);
		for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
			define.invoke(unsafe, entry.getKey(), entry.getValue(), 0, entry.getValue().length, null, null);
		}
	}
}
