package dev.testgov.junit.internal.record;

/** Where per-scope execution data comes from: the JaCoCo agent in a real fork, a stand-in in unit tests. */
interface ProbeSource {

	/** The execution data gathered since the previous call, in JaCoCo's exec format; the probes start over. */
	byte[] take();

	/**
	 * Reserves the probes for one recording. A launcher started by a test inside a recorded fork must not
	 * reset the probes under the outer recording, so only the first claimant records.
	 */
	boolean claim();

	void release();
}
