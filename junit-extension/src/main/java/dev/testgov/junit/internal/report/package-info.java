/**
 * The outcome recorder: a {@code TestExecutionListener} registered through {@code META-INF/services} that
 * prints the grouped skip summary and writes {@code target/testgov/outcomes-<pid>-<n>.json} per fork.
 *
 * <p>Internal: no compatibility promise; the file's {@code format} and {@code version} fields are the contract.
 */
package dev.testgov.junit.internal.report;
