/**
 * The file-read agent: calls woven with ASM into the JDK's file and resource funnels that report reads to
 * {@link dev.testgov.junit.internal.record.hook.FileReads}. These classes run only from the {@code agent} jar,
 * where this package is relocated to {@code dev.testgov.agent} and ASM to {@code dev.testgov.shaded.asm}; the
 * copies in the main jar are never loaded.
 *
 * <p>Internal: no compatibility promise.
 */
package dev.testgov.junit.internal.record.agent;
