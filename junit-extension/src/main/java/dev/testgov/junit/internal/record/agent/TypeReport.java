package dev.testgov.junit.internal.record.agent;

import java.io.FileInputStream;
import java.io.RandomAccessFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

/**
 * Which of the expected JDK types the advice reached. A JDK whose funnels moved would otherwise record no reads
 * and look like a suite that reads no files, so a missing type fails the installation loudly instead.
 */
final class TypeReport extends AgentBuilder.Listener.Adapter {

	static final String NOT_ADVISED = "the advice did not reach %s (JDK %s)";

	private final List<String> expected = new ArrayList<>();
	private final Set<String> advised = ConcurrentHashMap.newKeySet();
	private final Set<String> failures = ConcurrentHashMap.newKeySet();

	TypeReport(String... channelTypes) {
		expected.add(FileInputStream.class.getName());
		expected.add(RandomAccessFile.class.getName());
		expected.add(ClassLoader.class.getName());
		expected.addAll(List.of(channelTypes));
	}

	String[] expected() {
		return expected.toArray(new String[0]);
	}

	@Override
	public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module, boolean loaded,
			DynamicType dynamicType) {
		advised.add(type.getName());
	}

	@Override
	public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
		failures.add(typeName + " (" + error + ")");
	}

	/** @throws IllegalStateException naming the types the advice missed and why */
	void check() {
		Set<String> missing = new TreeSet<>(expected);
		missing.removeAll(advised);
		missing.addAll(failures);
		if (!missing.isEmpty()) {
			throw new IllegalStateException(String.format(NOT_ADVISED, missing, Runtime.version()));
		}
	}
}
