/**
 * What the gates share: the environment seam, strict mode, the reason grammar, probes and secret masking.
 *
 * <p>Internal: no compatibility promise.
 */
package dev.testgov.junit.internal;
