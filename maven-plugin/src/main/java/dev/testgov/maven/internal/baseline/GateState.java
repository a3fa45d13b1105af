package dev.testgov.maven.internal.baseline;

import java.util.Comparator;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One gate verdict a test JVM observed, e.g. {@code requires_docker} closed because the socket does not exist.
 *
 * @param gate the gate's tag
 * @param open whether tests behind it could run
 * @param reason the verdict in the gate's one-line grammar
 */
@JsonPropertyOrder({ "gate", "open", "reason" })
public record GateState(String gate, boolean open, String reason) {

	/** By gate, then reason: a stable order for files people diff. */
	public static final Comparator<GateState> ORDER = Comparator.comparing(GateState::gate)
		.thenComparing(GateState::reason, Comparator.nullsFirst(Comparator.naturalOrder()));
}
