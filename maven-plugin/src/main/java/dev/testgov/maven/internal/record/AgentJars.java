package dev.testgov.maven.internal.record;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Resolves the two agents a recorded test JVM needs, as the build resolves any artifact (local repository,
 * then the project's plugin repositories): JaCoCo's runtime agent, and testgov's file-read agent, the
 * {@code agent} jar of {@code testgov-junit} in the plugin's own version.
 */
public final class AgentJars {

	public static final String JACOCO_VERSION = "0.8.15";
	static final String CANNOT_RESOLVE = "testgov cannot resolve %s, which recording needs (%s); check your"
			+ " repositories, or run without -Dtestgov.record and -Dtestgov.affected";

	private final Path jacoco;
	private final Path fileReads;

	AgentJars(Path jacoco, Path fileReads) {
		this.jacoco = jacoco;
		this.fileReads = fileReads;
	}

	/** @throws IllegalStateException with the message to show when an agent cannot be resolved */
	public static AgentJars resolve(RepositorySystem system, RepositorySystemSession session,
			List<RemoteRepository> repositories, String testgovVersion) {
		return new AgentJars(
			resolveOne(system, session, repositories, "org.jacoco:org.jacoco.agent:jar:runtime:" + JACOCO_VERSION),
			resolveOne(system, session, repositories, "dev.testgov:testgov-junit:jar:agent:" + testgovVersion));
	}

	private static Path resolveOne(RepositorySystem system, RepositorySystemSession session,
			List<RemoteRepository> repositories, String coordinates) {
		try {
			return system.resolveArtifact(session, new ArtifactRequest(new DefaultArtifact(coordinates), repositories, null))
				.getArtifact()
				.getFile()
				.toPath();
		}
		catch (ArtifactResolutionException e) {
			throw new IllegalStateException(String.format(CANNOT_RESOLVE, coordinates, e.getMessage()), e);
		}
	}

	/** Resolves the agents only when they are needed: a module with nothing to run needs none. */
	@FunctionalInterface
	public interface Supplier {

		AgentJars get();
	}

	public Path jacoco() {
		return jacoco;
	}

	public Path fileReads() {
		return fileReads;
	}
}
