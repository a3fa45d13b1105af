package dev.testgov.it.labels;

/** A shipping label: the name on the first line, the postcode and town on the second. */
public record Label(String name, String postcode, String town) {

	public String render() {
		return name + "\n" + postcode + " " + town;
	}
}
