package dev.testgov.maven.internal.fingerprint;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fingerprints of one class: {@code whole} changes with any change that is not debug information,
 * {@code structure} with anything outside method bodies (and with the static initialiser), and
 * {@code methods} maps each method key ({@link MethodKeys}) to the fingerprint of that method.
 *
 * @param className the JVM name, e.g. {@code com/acme/Foo}
 */
public record ClassFingerprint(String className, String whole, String structure, SortedMap<String, String> methods) {

	public ClassFingerprint {
		SortedMap<String, String> copy = new TreeMap<>(); // natural order, whatever the argument's
		copy.putAll(methods);
		methods = Collections.unmodifiableSortedMap(copy);
	}
}
