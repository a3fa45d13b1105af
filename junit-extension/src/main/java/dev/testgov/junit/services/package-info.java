/**
 * Services that tests need — databases, search engines, local APIs — declared once and checked by name.
 *
 * <p>Declare services in {@code testgov-services.properties} on the test classpath (or in the file named by
 * {@code -Dtestgov.services.file}), or in Java with a {@link dev.testgov.junit.services.ServiceDefinitionProvider}.
 * Gate tests on them with {@link dev.testgov.junit.RequiresService @RequiresService}, or ask
 * {@link dev.testgov.junit.services.Services} directly: {@code Services.missingPrerequisites("postgres")}.
 *
 * @since 0.1
 */
package dev.testgov.junit.services;
