package dev.testgov.junit.internal.record;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;

/**
 * The JaCoCo agent's probe arrays, read and cleared in place: what {@code IAgent.getExecutionData(true)} hands
 * over, without writing and parsing JaCoCo's exec format at every cut. The agent keeps one
 * {@code ExecutionData} per instrumented class in the {@code ExecutionDataStore} of its {@code RuntimeData}
 * (its field {@code store}, also the lock under which JaCoCo itself collects and resets); entries are added as
 * classes initialise and never removed, so the size of the store's map tells when there are new ones, and each
 * holds its {@code boolean[]} for the life of the JVM. Reached by reflection as JaCoCo 0.8.x has them;
 * {@link JacocoAgent} falls back to the exec format when they differ. Not thread-safe: one recording holds the
 * probes at a time and takes them under its own lock.
 */
final class ProbeArrays {

	private final Object store;
	private final Map<?, ?> entries;
	private final MethodHandle contents;
	private final MethodHandle id;
	private final MethodHandle name;
	private final MethodHandle probes;
	private final List<Tracked> tracked = new ArrayList<>();
	private final Set<Object> known = Collections.newSetFromMap(new IdentityHashMap<>());

	private ProbeArrays(Object store, Map<?, ?> entries, MethodHandle contents, MethodHandle id, MethodHandle name,
			MethodHandle probes) {
		this.store = store;
		this.entries = entries;
		this.contents = contents;
		this.id = id;
		this.name = name;
		this.probes = probes;
	}

	/** @throws ReflectiveOperationException when the agent's internals are not those of JaCoCo 0.8.x */
	static ProbeArrays of(Object agent) throws ReflectiveOperationException {
		Object data = agent.getClass().getMethod("getData").invoke(agent);
		Field field = field(data.getClass(), "store");
		field.setAccessible(true);
		Object store = field.get(data);
		if (store == null) {
			throw new NoSuchFieldException("store is null");
		}
		MethodHandles.Lookup lookup = MethodHandles.publicLookup();
		Class<?> storeType = store.getClass();
		Class<?> dataType = Class.forName(storeType.getPackageName() + ".ExecutionData", false, storeType.getClassLoader());
		return new ProbeArrays(store, entries(store),
			lookup.findVirtual(storeType, "getContents", MethodType.methodType(Collection.class))
				.asType(MethodType.methodType(Collection.class, Object.class)),
			lookup.findVirtual(dataType, "getId", MethodType.methodType(long.class))
				.asType(MethodType.methodType(long.class, Object.class)),
			lookup.findVirtual(dataType, "getName", MethodType.methodType(String.class))
				.asType(MethodType.methodType(String.class, Object.class)),
			lookup.findVirtual(dataType, "getProbes", MethodType.methodType(boolean[].class))
				.asType(MethodType.methodType(boolean[].class, Object.class)));
	}

	/** The store's map of entries, whose size tells when classes were added; null to copy the contents each time. */
	private static Map<?, ?> entries(Object store) {
		try {
			Field field = field(store.getClass(), "entries");
			field.setAccessible(true);
			return field.get(store) instanceof Map<?, ?> map ? map : null;
		}
		catch (ReflectiveOperationException | RuntimeException notThere) {
			return null;
		}
	}

	private static Field field(Class<?> type, String name) throws NoSuchFieldException {
		for (Class<?> at = type; at != null; at = at.getSuperclass()) {
			try {
				return at.getDeclaredField(name);
			}
			catch (NoSuchFieldException notHere) {
				// look in the superclass
			}
		}
		throw new NoSuchFieldException(type.getName() + "." + name);
	}

	/** @return the classes with a probe set since the previous call, their probes packed; those probes are cleared */
	List<ClassProbes> take() throws Throwable {
		List<ClassProbes> hit = new ArrayList<>();
		synchronized (store) {
			if (entries == null || entries.size() != tracked.size()) {
				for (Object data : (Collection<?>) contents.invokeExact(store)) {
					if (known.add(data)) {
						tracked.add(new Tracked((long) id.invokeExact(data), (String) name.invokeExact(data),
							(boolean[]) probes.invokeExact(data)));
					}
				}
			}
			for (Tracked each : tracked) {
				byte[] packed = each.cut();
				if (packed != null) {
					hit.add(new ClassProbes(each.id, each.name, each.probes.length, packed));
				}
			}
		}
		return hit;
	}

	/** One class's probes as the agent holds them. */
	private record Tracked(long id, String name, boolean[] probes) {

		/** @return the set probes, eight to a byte, lowest first, now cleared; null when none was set */
		byte[] cut() {
			byte[] packed = null;
			for (int i = 0; i < probes.length; i++) {
				if (probes[i]) {
					if (packed == null) {
						packed = new byte[(probes.length + 7) / 8];
					}
					packed[i >> 3] |= (byte) (1 << (i & 7));
					probes[i] = false;
				}
			}
			return packed;
		}
	}
}
