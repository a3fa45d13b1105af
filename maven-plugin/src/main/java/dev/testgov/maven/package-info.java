/**
 * The testgov Maven goals: {@code testgov:prepare} steers Surefire and Failsafe with gate sets, strict mode,
 * manual opt-in and categories; {@code testgov:audit} finds tests that use Docker, the environment or the
 * network without a gate; {@code testgov:help} describes them.
 *
 * <p>Run {@code mvn testgov:help -Ddetail} for every parameter.
 *
 * @since 0.1
 */
package dev.testgov.maven;
