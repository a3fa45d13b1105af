package dev.testgov.it.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicketTest {

	@Test
	void codesRowAndSeat() {
		assertEquals("C07", new Ticket('C', 7).code());
	}
}
