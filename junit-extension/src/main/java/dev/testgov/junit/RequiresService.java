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
 * Runs a test only when the named services are available: their variables set, their ports open, their
 * health URLs answering.
 *
 * <p>Services are declared by name in {@code testgov-services.properties} on the test classpath (every
 * file of that name is read), in the file named by {@code -Dtestgov.services.file} (relative to the working
 * directory), or by a {@link dev.testgov.junit.services.ServiceDefinitionProvider}:
 *
 * <pre>
 * # comments go on lines of their own
 * postgres.description = PostgreSQL for the repository tests
 * postgres.env = PGHOST, PGPASSWORD
 * postgres.tcp = ${PGHOST:-localhost}:5432
 * postgres.enable = start it with: docker compose up -d postgres
 * search.http = http://localhost:9200/_cluster/health
 * search.http.status = 200
 * search.timeout = 500ms
 * </pre>
 *
 * <p>Attributes: {@code description}; {@code env}, variables or system properties that must be set and
 * non-blank; {@code tcp}, {@code host:port} addresses to connect to; {@code http}, URLs to {@code GET}
 * (redirects are not followed) with {@code http.status}, the statuses expected (default any 2xx);
 * {@code timeout} per probe ({@code 500ms}, {@code 2s}, {@code 1m} or milliseconds; default 2s);
 * {@code enable}, how to start the service, which ends the skip reason. Addresses and URLs may hold
 * {@code ${VAR}} or {@code ${VAR:-default}}. A service with nothing to check is always available. An
 * unknown attribute, an unparsable value, a service declared twice or an unknown name in this annotation
 * fails the test with a {@link GateConfigurationException}: a typo never skips. Probe answers are cached
 * per JVM; {@link dev.testgov.junit.services.Services} gives the same answers to code.
 *
 * <p>On a class, the whole class is skipped and none of its lifecycle methods run, {@code @BeforeAll}
 * included; on a method, only that method is skipped and the class's {@code @BeforeAll}/{@code @AfterAll}
 * still run for its other tests. {@link Inherited}, {@link Repeatable}; when several services are named,
 * the first unavailable one gives the reason. Usable as a meta-annotation, which also gives each service a
 * tag of its own for Surefire's {@code groups}/{@code excludedGroups}:
 * {@code @Tag("postgres") @RequiresService("postgres") @interface RequiresPostgres {}}.
 *
 * <p>Carries the JUnit tag {@code requires_service}. Skip reason:
 * {@code @RequiresService: service [postgres] is unavailable: environment variable or system property [PGPASSWORD] is not set; TCP [localhost:5432] refused the connection; start it with: docker compose up -d postgres}.
 * Without an {@code enable} hint the reason ends with
 * {@code set the missing variables and start the service (declared in testgov-services.properties)}.
 * Under {@code -Dtestgov.strict=requires_service} the test fails with that reason instead.
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

	/** Names of services declared in {@code testgov-services.properties} or by a provider; at least one. */
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
