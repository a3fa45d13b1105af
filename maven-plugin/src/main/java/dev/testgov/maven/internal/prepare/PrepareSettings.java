package dev.testgov.maven.internal.prepare;

import java.io.File;
import java.util.List;

import dev.testgov.maven.GateSet;

/** The {@code testgov:prepare} configuration, as the mojo received it. */
public final class PrepareSettings {

	private String gates;
	private List<GateSet> gateSets = List.of();
	private String strict;
	private boolean manual;
	private String categories;
	private String categoryPatterns;
	private File outputDirectory;
	private File defaultOutputDirectory;

	public PrepareSettings gates(String value) {
		gates = value;
		return this;
	}

	public PrepareSettings gateSets(List<GateSet> value) {
		gateSets = value == null ? List.of() : value;
		return this;
	}

	public PrepareSettings strict(String value) {
		strict = value;
		return this;
	}

	public PrepareSettings manual(boolean value) {
		manual = value;
		return this;
	}

	public PrepareSettings categories(String value) {
		categories = value;
		return this;
	}

	public PrepareSettings categoryPatterns(String value) {
		categoryPatterns = value;
		return this;
	}

	/** Where the forks write outcomes, and where they would without being told. */
	public PrepareSettings outputDirectory(File value, File extensionDefault) {
		outputDirectory = value;
		defaultOutputDirectory = extensionDefault;
		return this;
	}

	String gates() {
		return gates;
	}

	List<GateSet> gateSets() {
		return gateSets;
	}

	String strict() {
		return strict;
	}

	boolean manual() {
		return manual;
	}

	String categories() {
		return categories;
	}

	String categoryPatterns() {
		return categoryPatterns;
	}

	File outputDirectory() {
		return outputDirectory;
	}

	File defaultOutputDirectory() {
		return defaultOutputDirectory;
	}
}
