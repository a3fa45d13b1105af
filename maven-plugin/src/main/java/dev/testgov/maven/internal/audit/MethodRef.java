package dev.testgov.maven.internal.audit;

/** A method as bytecode names it: owner's internal name, name and descriptor. */
record MethodRef(String owner, String name, String descriptor) {

	/** The key of the method within its class. */
	String signature() {
		return name + descriptor;
	}
}
