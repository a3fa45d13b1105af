package dev.testgov.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * The gates testgov knows, each with the JUnit tag its annotation carries.
 *
 * <p>The tag is what Surefire's {@code groups}/{@code excludedGroups} and {@code -Dtestgov.strict} name;
 * the annotation name starts every skip reason the gate writes.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Gate {

	/** {@link RequiresDocker}: tag {@code requires_docker}. */
	REQUIRES_DOCKER("requires_docker", RequiresDocker.class),

	/** {@link LiveApi}: tag {@code live_api}. */
	LIVE_API("live_api", LiveApi.class),

	/** {@link Manual}: tag {@code manual}. */
	MANUAL("manual", Manual.class),

	/** {@link RequiresService}: tag {@code requires_service}. */
	REQUIRES_SERVICE("requires_service", RequiresService.class),

	/** {@link RequiresEnv}: tag {@code requires_env}. */
	REQUIRES_ENV("requires_env", RequiresEnv.class);

	private final String tag;
	private final Class<? extends Annotation> annotation;

	Gate(String tag, Class<? extends Annotation> annotation) {
		this.tag = tag;
		this.annotation = annotation;
	}

	/** The JUnit tag, e.g. {@code requires_docker}. */
	public String tag() {
		return tag;
	}

	/** The gate annotation. */
	public Class<? extends Annotation> annotation() {
		return annotation;
	}

	/** The prefix of every reason this gate writes, e.g. {@code @RequiresDocker}. */
	public String label() {
		return "@" + annotation.getSimpleName();
	}

	/** The gate with the given tag, if any. */
	public static Optional<Gate> ofTag(String tag) {
		return Arrays.stream(values()).filter(gate -> gate.tag.equals(tag)).findFirst();
	}

	/** The gate whose label starts the given reason, if any. */
	public static Optional<Gate> ofReason(String reason) {
		if (reason == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(gate -> reason.startsWith(gate.label() + ":")).findFirst();
	}
}
