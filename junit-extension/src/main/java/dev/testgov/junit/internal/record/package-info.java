/**
 * Dependency recording in the test JVM: the raw file format shared with the plugin, and the listener that
 * fills it with per-test JaCoCo probes and file reads.
 *
 * <p>Internal: no compatibility promise.
 */
package dev.testgov.junit.internal.record;
