/**
 * The file-read agent: Byte Buddy advice on the JDK's file and resource funnels that reports reads to
 * {@link dev.testgov.junit.internal.record.hook.FileReads}. These classes run only from the {@code agent} jar,
 * where this package is relocated to {@code dev.testgov.agent} and Byte Buddy to
 * {@code dev.testgov.shaded.bytebuddy}; the copies in the main jar are never loaded.
 *
 * <p>Internal: no compatibility promise.
 */
package dev.testgov.junit.internal.record.agent;
