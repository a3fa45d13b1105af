/**
 * The meeting point of the file-read agent and the dependency recorder. The agent loads this package into
 * the bootstrap class loader, because advice inlined into {@code java.base} can only call what that loader
 * sees; the recorder's references then resolve to the same classes by parent-first delegation.
 *
 * <p>Only JDK types may appear here. Internal: no compatibility promise.
 */
package dev.testgov.junit.internal.record.hook;
