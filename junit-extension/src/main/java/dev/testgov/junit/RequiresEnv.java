package dev.testgov.junit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.apiguardian.api.API;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test only when every named variable is set to a non-blank value, as an environment variable or a
 * system property; the skip reason names exactly the missing ones and never prints a value.
 *
 * <p>The shortcut for a service that is nothing but configuration; for probes (TCP, HTTP) use
 * {@link RequiresService}. On a class, the whole class is skipped and none of its lifecycle methods run;
 * on a method, only that method. {@link Inherited}, {@link Repeatable}, usable as a meta-annotation.
 *
 * <p>Carries the JUnit tag {@code requires_env}. Skip reason:
 * {@code @RequiresEnv: environment variable or system property [DB_URL] is not set; set it to run this test}.
 * A blank or malformed name fails the test.
 *
 * @since 0.1
 */
@Target({ TYPE, METHOD })
@Retention(RUNTIME)
@Documented
@Inherited
@Repeatable(RequiresEnv.List.class)
@Tag("requires_env")
@ExtendWith(RequiresEnvCondition.class)
@API(status = STABLE, since = "0.1")
public @interface RequiresEnv {

	/** Names of environment variables or system properties that must be set and non-blank. */
	String[] value();

	/** A reason of the user's, appended to the gate's own. */
	String disabledReason() default "";

	/**
	 * Container for repeated {@link RequiresEnv} annotations.
	 *
	 * @since 0.1
	 */
	@Target({ TYPE, METHOD })
	@Retention(RUNTIME)
	@Documented
	@Inherited
	@Tag("requires_env")
	@ExtendWith(RequiresEnvCondition.class)
	@API(status = STABLE, since = "0.1")
	@interface List {

		/** The repeated annotations. */
		RequiresEnv[] value();
	}
}
