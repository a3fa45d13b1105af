package dev.testgov.junit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.apiguardian.api.API;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test only when a Docker engine answers.
 *
 * <p>The probe pings the engine's {@code /_ping} endpoint at {@code DOCKER_HOST}, else at the first
 * existing default socket ({@code /var/run/docker.sock}, then the rootless and Docker Desktop sockets),
 * with a short timeout ({@code -Dtestgov.docker.timeout}, default 1000 ms). When Testcontainers is on the
 * test classpath, the gate opens only if Testcontainers also finds a working Docker environment, so it never
 * says "available" when Testcontainers cannot use it ({@code -Dtestgov.docker.testcontainers=false} skips
 * that second check, {@code -Dtestgov.docker.testcontainersTimeout}, default 60 s, bounds it: Testcontainers
 * can otherwise wait minutes for an image no registry serves). The result is computed once per JVM.
 *
 * <p>On a class, the whole class is skipped and none of its lifecycle methods run — so a container started
 * in {@code @BeforeAll} is never attempted; on a method, only that method. {@link Inherited}, usable as a
 * meta-annotation.
 *
 * <p>Carries the JUnit tag {@code requires_docker}. Skip reasons carry the cause in one line, e.g.
 * {@code @RequiresDocker: Docker socket [/var/run/docker.sock] does not exist; start the Docker engine or set DOCKER_HOST}.
 * Under {@code -Dtestgov.strict=requires_docker} the test fails with that reason instead.
 *
 * @since 0.1
 */
@Target({ TYPE, METHOD })
@Retention(RUNTIME)
@Documented
@Inherited
@Tag("requires_docker")
@ExtendWith(RequiresDockerCondition.class)
@API(status = STABLE, since = "0.1")
public @interface RequiresDocker {

	/** A reason of the user's, appended to the gate's own. */
	String disabledReason() default "";
}
