/**
 * Fingerprints of compiled classes that ignore debug information, so that a comment, a blank line or a
 * recompilation with other {@code -g} flags changes nothing, while every change a test could observe does.
 *
 * <p>A class has three fingerprints: one per method (its declaration and instruction stream), a structure
 * fingerprint (everything a caller, the JVM's dispatch or reflection sees without running a method body,
 * plus the static initialiser) and a whole-class fingerprint. Methods are keyed by name and descriptor,
 * except javac's lambda bodies, which are keyed by where they are created ({@link MethodKeys}), so that
 * adding a lambda in one method does not rename the lambdas of another.
 */
package dev.testgov.maven.internal.fingerprint;
