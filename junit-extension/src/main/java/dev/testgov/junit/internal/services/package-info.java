/**
 * The service registry behind {@code @RequiresService} and {@code Services}: declarations read from
 * properties files and providers, placeholders, TCP and HTTP probes, and the per-JVM cache of their answers.
 *
 * <p>Internal: no compatibility promise.
 */
package dev.testgov.junit.internal.services;
