/**
 * What {@code testgov:audit} does: reads compiled test classes with ASM, without loading them, finds uses of
 * Docker, the environment and the network in tests and the helpers they call, and checks them against the
 * gates on the test, its class, superclasses and enclosing classes, composed annotations unfolded.
 *
 * <p>Internal: no compatibility promise. The messages in {@link dev.testgov.maven.internal.audit.AuditMessages}
 * are a tested contract.
 */
package dev.testgov.maven.internal.audit;
