package dev.testgov.maven.internal.analysis;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where classes come from: a reactor module's class directory ({@code target/classes},
 * {@code target/test-classes}) or a dependency's jar (or directory).
 *
 * @param origin {@code groupId:artifactId} for a reactor module,
 *     {@code groupId:artifactId:type:classifier:version} for a dependency
 * @param location a directory of class files, or a jar
 */
public record ClassSource(String origin, Path location) {

	public ClassSource {
		Objects.requireNonNull(origin, "origin");
		location = location.toAbsolutePath().normalize();
	}
}
