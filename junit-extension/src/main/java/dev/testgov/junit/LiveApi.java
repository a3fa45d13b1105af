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
 * Marks a test that calls a real third-party API and needs credentials.
 *
 * <p>The test runs only when every credential it declares is set to a non-blank value, as an environment
 * variable or a system property; the skip reason names the missing credentials, never a value. When such
 * a test fails with a transient provider failure — HTTP 429 or 529, rate limit, quota exceeded,
 * overloaded, out of capacity, or a pattern of {@link #transientFailures()} or
 * {@code -Dtestgov.liveApi.transientPattern} — the failure becomes an aborted test (a skip with the cause);
 * assertion failures and every other exception still fail. Any credential value that appears in a failure
 * message is replaced by {@code ****} before JUnit reports it.
 *
 * <p>On a class, the whole class is skipped and none of its lifecycle methods run; on a method, only that
 * method. Transient failures are recognised in the test method and in its lifecycle methods.
 * {@link Inherited}, usable as a meta-annotation, e.g. {@code @LiveApi("OPENAI_API_KEY") @interface OpenAi}.
 *
 * <p>Carries the JUnit tag {@code live_api}. Skip reason:
 * {@code @LiveApi: environment variable or system property [OPENAI_API_KEY] is not set; set it to run live API tests}.
 *
 * @since 0.1
 */
@Target({ TYPE, METHOD })
@Retention(RUNTIME)
@Documented
@Inherited
@Tag("live_api")
@ExtendWith(LiveApiExtension.class)
@API(status = STABLE, since = "0.1")
public @interface LiveApi {

	/** Credentials the test needs: names of environment variables or system properties, e.g. {@code OPENAI_API_KEY}. */
	String[] value() default {};

	/**
	 * Extra regular expressions for transient provider failures, matched against the class name and message
	 * of the thrown exception and each of its causes; added to the built-in ones.
	 */
	String[] transientFailures() default {};

	/** A reason of the user's, appended to the gate's own. */
	String disabledReason() default "";
}
