package dev.testgov.junit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.junit.platform.commons.JUnitException;

/**
 * Thrown when a gate is misconfigured: a blank variable name, an unknown service, an unparsable probe or
 * timeout, an unknown strict-mode gate. A misconfigured gate fails the test; it never skips it.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public class GateConfigurationException extends JUnitException {

	private static final long serialVersionUID = 1L;

	/** Creates the exception; the message names the attribute and the bad value. */
	public GateConfigurationException(String message) {
		super(message);
	}

	/** Creates the exception with its cause; the message names the attribute and the bad value. */
	public GateConfigurationException(String message, Throwable cause) {
		super(message, cause);
	}
}
