/**
 * Dependency recording in the test JVM: the raw file format shared with the plugin, and the listener that
 * fills it with per-test JaCoCo probes and file reads.
 *
 * <p>A recorded fork is launched with, in this order (testgov's agent first, so JaCoCo does not instrument
 * its relocated Byte Buddy):
 * <pre>
 * -javaagent:testgov-junit-&lt;version&gt;-agent.jar            (optional: file reads)
 * -javaagent:org.jacoco.agent-0.8.15-runtime.jar=output=none,includes=&lt;the project's packages&gt;
 * -Dtestgov.record.directory=&lt;absolute directory for raw-&lt;pid&gt;-&lt;n&gt;.tgr&gt;
 * -Dtestgov.record.root=&lt;absolute reactor root&gt;                 (files outside it are not inputs)
 * </pre>
 * The recorder resets the agent's probes at every node boundary, so the agent's own output would be empty:
 * {@code output=none}. The union of a fork's coverage records is what the agent would have written.
 *
 * <p>Internal: no compatibility promise.
 */
package dev.testgov.junit.internal.record;
