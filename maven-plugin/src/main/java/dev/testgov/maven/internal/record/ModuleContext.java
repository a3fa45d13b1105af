package dev.testgov.maven.internal.record;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.testgov.maven.internal.analysis.ClassSource;
import dev.testgov.maven.internal.store.BuildInputs;
import dev.testgov.maven.internal.store.StoreFile;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * One module as recording and selection see it: where its store and raw recordings live, the reactor root
 * that stored paths are relative to, the class sources (every reactor module's classes, then the module's
 * test classpath) and its build inputs.
 */
public final class ModuleContext {

	static final String RECORD_DIRECTORY = "testgov/record";
	private static final List<String> TEST_PLUGINS = List.of("maven-surefire-plugin", "maven-failsafe-plugin");

	private final MavenProject project;
	private final MavenSession session;

	private ModuleContext(MavenProject project, MavenSession session) {
		this.project = project;
		this.session = session;
	}

	public static ModuleContext of(MavenProject project, MavenSession session) {
		return new ModuleContext(project, session);
	}

	public String name() {
		return project.getArtifactId();
	}

	public Path basedir() {
		return project.getBasedir().toPath().toAbsolutePath().normalize();
	}

	/** The top-level project's directory: every path in a store is relative to it. */
	public Path reactorRoot() {
		MavenProject top = session.getTopLevelProject() != null ? session.getTopLevelProject() : project;
		return top.getBasedir().toPath().toAbsolutePath().normalize();
	}

	public StoreFile store() {
		return StoreFile.inModule(basedir());
	}

	/** Where the module's test JVMs write raw recordings: {@code target/testgov/record}. */
	public Path recordDirectory() {
		return Path.of(project.getBuild().getDirectory(), RECORD_DIRECTORY).toAbsolutePath().normalize();
	}

	public Path testClassesDirectory() {
		return Path.of(project.getBuild().getTestOutputDirectory()).toAbsolutePath().normalize();
	}

	public Path buildDirectory() {
		return Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
	}

	/** Every reactor module's class directories, then the module's resolved test classpath, in order. */
	public List<ClassSource> classSources() {
		List<ClassSource> sources = new ArrayList<>();
		for (MavenProject module : session.getProjects()) {
			String origin = module.getGroupId() + ":" + module.getArtifactId();
			sources.add(new ClassSource(origin, Path.of(module.getBuild().getOutputDirectory())));
			sources.add(new ClassSource(origin, Path.of(module.getBuild().getTestOutputDirectory())));
		}
		for (Artifact artifact : project.getArtifacts()) {
			File file = artifact.getFile();
			if (file != null) {
				sources.add(new ClassSource(coordinates(artifact), file.toPath()));
			}
		}
		return sources;
	}

	/**
	 * The dependencies with their files, and the configuration that shapes the test JVM: the Java version and
	 * Surefire's and Failsafe's versions and configuration, with the reactor root written as {@code ${root}}
	 * so that the inputs are the same on every machine.
	 */
	public BuildInputs buildInputs() throws IOException {
		Map<String, Path> dependencies = new TreeMap<>();
		for (Artifact artifact : project.getArtifacts()) {
			dependencies.put(coordinates(artifact), artifact.getFile() == null ? null : artifact.getFile().toPath());
		}
		Map<String, String> configuration = new LinkedHashMap<>();
		configuration.put("java.specification.version", System.getProperty("java.specification.version"));
		String root = reactorRoot().toString();
		for (Plugin plugin : project.getBuildPlugins()) {
			if (TEST_PLUGINS.contains(plugin.getArtifactId())) {
				Object dom = plugin.getConfiguration();
				configuration.put(plugin.getArtifactId(),
					plugin.getVersion() + " " + (dom == null ? "" : dom.toString().replace(root, "${root}")));
			}
		}
		return BuildInputs.of(dependencies, configuration);
	}

	static String coordinates(Artifact artifact) {
		return String.join(":", artifact.getGroupId(), artifact.getArtifactId(), artifact.getType(),
			artifact.getClassifier() == null ? "" : artifact.getClassifier(), artifact.getBaseVersion());
	}
}
