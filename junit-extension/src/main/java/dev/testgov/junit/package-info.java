/**
 * Test gates for JUnit 5.14+ and JUnit 6: {@link dev.testgov.junit.RequiresDocker @RequiresDocker},
 * {@link dev.testgov.junit.LiveApi @LiveApi}, {@link dev.testgov.junit.Manual @Manual},
 * {@link dev.testgov.junit.RequiresService @RequiresService} and {@link dev.testgov.junit.RequiresEnv @RequiresEnv}.
 *
 * <p>Each gate carries a JUnit tag (see {@link dev.testgov.junit.Gate}), so Surefire's
 * {@code groups}/{@code excludedGroups} or {@code testgov:prepare} can deselect it, and an execution
 * condition, so a test that does run skips with a one-line reason when its prerequisite is missing — or fails
 * under strict mode ({@code -Dtestgov.strict}).
 *
 * @since 0.1
 */
package dev.testgov.junit;
