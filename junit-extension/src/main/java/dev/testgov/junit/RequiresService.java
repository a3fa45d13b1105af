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
 * Runs a test only when the named services are available.
 *
 * @since 0.1
 */
@Target({ TYPE, METHOD })
@Retention(RUNTIME)
@Documented
@Inherited
@Repeatable(RequiresService.List.class)
@Tag("requires_service")
@ExtendWith(RequiresServiceCondition.class)
@API(status = STABLE, since = "0.1")
public @interface RequiresService {

	/** Names of services declared in {@code testgov-services.properties} or by a provider. */
	String[] value();

	/** A reason of the user's, appended to the gate's own. */
	String disabledReason() default "";

	/**
	 * Container for repeated {@link RequiresService} annotations.
	 *
	 * @since 0.1
	 */
	@Target({ TYPE, METHOD })
	@Retention(RUNTIME)
	@Documented
	@Inherited
	@Tag("requires_service")
	@ExtendWith(RequiresServiceCondition.class)
	@API(status = STABLE, since = "0.1")
	@interface List {

		/** The repeated annotations. */
		RequiresService[] value();
	}
}
