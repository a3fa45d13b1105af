package dev.testgov.maven.internal.analysis;

/**
 * The bytes of a class as found in a {@link ClassSource}, with their JaCoCo class id.
 *
 * @param origin the origin of the source that holds the class
 */
public record LocatedClass(String origin, byte[] bytes, long classId) {
}
