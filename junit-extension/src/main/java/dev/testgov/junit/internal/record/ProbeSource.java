package dev.testgov.junit.internal.record;

import java.util.Collection;
import java.util.List;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;

/** Where per-scope execution data comes from: the JaCoCo agent in a real fork, a stand-in in unit tests. */
interface ProbeSource {

	/** The classes that executed since the previous call, with their probes; the probes start over. */
	List<ClassProbes> take();

	/**
	 * Reserves the probes for one recording. A launcher started by a test inside a recorded fork must not
	 * reset the probes under the outer recording, so only the first claimant records.
	 */
	boolean claim();

	void release();

	/**
	 * Gives the agent back every probe that executed in this recording. Only needed when the agent is the
	 * project's own (jacoco-maven-plugin's), whose report must still cover the whole run after the resets.
	 */
	default void restore(Collection<ClassProbes> executed) {
	}
}
