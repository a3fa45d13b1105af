/**
 * The testgov Maven goals: {@code testgov:prepare} steers Surefire and Failsafe with gate sets, strict mode,
 * manual opt-in and categories; {@code testgov:audit} finds tests that use Docker, the environment or the
 * network without a gate; {@code testgov:baseline} records a module's run to a committed baseline and
 * {@code testgov:check} fails the build when the run drifts from it; {@code testgov:aggregate} shows the
 * reactor's modules together; {@code testgov:report} is the testgov page of the Maven site;
 * {@code testgov:help} describes them.
 *
 * <p>Run {@code mvn testgov:help -Ddetail} for every parameter.
 *
 * @since 0.1
 */
package dev.testgov.maven;
