package dev.testgov.it.tickets;

/** A ticket for a seat in a row. */
public record Ticket(char row, int seat) {

	public String code() {
		return row + String.format("%02d", seat);
	}
}
