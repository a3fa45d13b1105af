package dev.testgov.junit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.junit.platform.commons.JUnitException;

/**
 * Thrown instead of a skip when a gate is closed and strict mode covers it ({@code -Dtestgov.strict}), so
 * that a build which was promised a service fails rather than going green having run nothing.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public class GateClosedException extends JUnitException {

	private static final long serialVersionUID = 1L;

	private final Gate gate;

	/** Creates the exception for the gate with the skip reason it would otherwise have given. */
	public GateClosedException(Gate gate, String message) {
		super(message);
		this.gate = gate;
	}

	/** The gate that was closed. */
	public Gate gate() {
		return gate;
	}
}
