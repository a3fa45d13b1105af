package dev.testgov.junit.internal.services;

import java.util.List;

/**
 * What a check of one service found.
 *
 * @param name the service
 * @param missing the facts that make it unavailable, each in one line; empty when it is available
 * @param howToEnable the service's {@code enable} hint or a default one; {@code null} when it is available
 */
public record ServiceStatus(String name, List<String> missing, String howToEnable) {

	public ServiceStatus {
		missing = List.copyOf(missing);
	}

	/** Whether nothing is missing. */
	public boolean isAvailable() {
		return missing.isEmpty();
	}

	/** The fact for a reason: {@code service [db] is available} or {@code service [db] is unavailable: a; b}. */
	public String fact() {
		return isAvailable() ? "service [" + name + "] is available"
				: "service [" + name + "] is unavailable: " + String.join("; ", missing);
	}
}
