package dev.testgov.it.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import dev.testgov.junit.RequiresDocker;
import org.junit.jupiter.api.Test;

/** Would start a database container; a map stands in for it, as only the gate matters here. */
@RequiresDocker
class ParcelStoreDockerTest {

	private final Map<String, String> store = new HashMap<>();

	@Test
	void savesAParcel() {
		store.put("DE1234567895", "Berlin");
		assertEquals(1, store.size());
	}

	@Test
	void findsAParcelByTrackingNumber() {
		store.put("DE1234567895", "Berlin");
		assertEquals("Berlin", store.get("DE1234567895"));
	}
}
