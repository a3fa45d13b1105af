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
 * Marks a test that runs only when a person opts in: {@code -Dtestgov.manual=true} (which reaches Surefire
 * and Failsafe forks from the command line, with no POM edit) or the environment variable
 * {@code RUN_MANUAL_TESTS=1}. A system property set to {@code false} wins over the environment variable.
 *
 * <p>On a class, the whole class is skipped and none of its lifecycle methods run, {@code @BeforeAll}
 * included; on a method, only that method is skipped and the class's {@code @BeforeAll}/{@code @AfterAll}
 * still run for its other tests. The annotation is {@link Inherited} and may be used as a meta-annotation.
 *
 * <p>Carries the JUnit tag {@code manual}. Skip reason:
 * {@code @Manual: system property [testgov.manual] is not set; run with -Dtestgov.manual=true or set RUN_MANUAL_TESTS=1}.
 * Strict mode covers manual tests only when {@code manual} is named explicitly.
 *
 * @since 0.1
 */
@Target({ TYPE, METHOD })
@Retention(RUNTIME)
@Documented
@Inherited
@Tag("manual")
@ExtendWith(ManualCondition.class)
@API(status = STABLE, since = "0.1")
public @interface Manual {

	/** What the person running the test checks or provides; appended to the skip reason. */
	String value() default "";
}
