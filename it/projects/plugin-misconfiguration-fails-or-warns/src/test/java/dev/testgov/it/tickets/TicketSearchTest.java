package dev.testgov.it.tickets;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Left out by the project's own excludedGroups. */
@Tag("slow")
class TicketSearchTest {

	@Test
	void searchesEveryShow() {
		fail("a slow test ran");
	}
}
