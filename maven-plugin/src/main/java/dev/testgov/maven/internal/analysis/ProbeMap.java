package dev.testgov.maven.internal.analysis;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;

/**
 * Which method each probe of a class belongs to, numbered as the JaCoCo agent numbers them when it
 * instruments the class ({@link ProbeMapper}).
 *
 * @param classId the JaCoCo class id (CRC-64 of the class bytes) the map was made from
 * @param owners the method key ({@code MethodKeys}) of each probe, by probe index
 */
public record ProbeMap(long classId, String className, String[] owners) {

	public ProbeMap {
		owners = owners.clone();
	}

	public int probeCount() {
		return owners.length;
	}

	/** Whether the agent's data describes the same class, with as many probes as this map. */
	public boolean matches(ClassProbes probes) {
		return probes.classId() == classId && probes.probeCount() == owners.length;
	}

	/** The keys of the methods with at least one executed probe. */
	public SortedSet<String> methodsHit(ClassProbes probes) {
		SortedSet<String> hit = new TreeSet<>();
		for (int index = 0; index < owners.length; index++) {
			if (probes.hit(index)) {
				hit.add(owners[index]);
			}
		}
		return hit;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProbeMap map && map.classId == classId && map.className.equals(className)
				&& Arrays.equals(map.owners, owners);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(classId) * 31 + Arrays.hashCode(owners);
	}

	@Override
	public String toString() {
		return "ProbeMap[" + className + ", " + Arrays.toString(owners) + "]";
	}
}
