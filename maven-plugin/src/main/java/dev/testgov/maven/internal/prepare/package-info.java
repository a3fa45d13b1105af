/**
 * What {@code testgov:prepare} computes: gate sets and tag expressions, the {@code -Dtestgov.*} switches the
 * test JVMs need, {@code argLine} quoting, and the POM and command-line settings that override them.
 *
 * <p>Internal: no compatibility promise. The messages in {@link dev.testgov.maven.internal.prepare.PrepareMessages}
 * are a tested contract.
 */
package dev.testgov.maven.internal.prepare;
