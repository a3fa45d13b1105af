package dev.testgov.maven.internal.record;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
	/** Beside the raw recordings: what the {@link RecordScope} of their run added to the build inputs. */
	static final String SCOPE_FILE = "scope.properties";
	private static final List<String> TEST_PLUGINS = List.of("maven-surefire-plugin", "maven-failsafe-plugin");

	private final MavenProject project;
	private final MavenSession session;
	private final Map<String, String> scope;

	private ModuleContext(MavenProject project, MavenSession session, Map<String, String> scope) {
		this.project = project;
		this.session = session;
		this.scope = scope;
	}

	/** The module as its last recording saw it: its scope comes from the record directory's scope file. */
	public static ModuleContext of(MavenProject project, MavenSession session) {
		return new ModuleContext(project, session, null);
	}

	/** The module with this run's recording scope, judged on the classes as they are now. */
	public ModuleContext scoped(RecordScope recordScope) {
		return new ModuleContext(project, session, Map.copyOf(recordScope.inputs(classpathDirectories(), reactorRoot())));
	}

	/** Saves the scope beside the raw recordings, so that they are merged with the inputs they ran with. */
	void saveScope() throws IOException {
		Properties properties = new Properties();
		properties.putAll(scope == null ? Map.of() : scope);
		Path file = recordDirectory().resolve(SCOPE_FILE);
		Files.createDirectories(file.getParent());
		Path temporary = Files.createTempFile(file.getParent(), SCOPE_FILE, ".tmp");
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			properties.store(writer, "testgov: the recording scope's build inputs");
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private Map<String, String> scope() throws IOException {
		if (scope != null) {
			return scope;
		}
		Path file = recordDirectory().resolve(SCOPE_FILE);
		Map<String, String> saved = new TreeMap<>();
		if (Files.isRegularFile(file)) {
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			properties.stringPropertyNames().forEach(name -> saved.put(name, properties.getProperty(name)));
		}
		return saved;
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

	/** The class directories on the module's test classpath: its own, then the reactor modules it depends on. */
	public List<Path> classpathDirectories() {
		List<Path> directories = new ArrayList<>();
		directories.add(testClassesDirectory());
		directories.add(Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize());
		for (Artifact artifact : project.getArtifacts()) {
			File file = artifact.getFile();
			if (file != null && file.isDirectory()) {
				directories.add(file.toPath().toAbsolutePath().normalize());
			}
		}
		return directories;
	}

	/** Every reactor module's class directories, main and test. */
	public List<Path> reactorClassDirectories() {
		List<Path> directories = new ArrayList<>();
		for (MavenProject module : session.getProjects()) {
			directories.add(Path.of(module.getBuild().getOutputDirectory()));
			directories.add(Path.of(module.getBuild().getTestOutputDirectory()));
		}
		return directories;
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
	 * so that the inputs are the same on every machine; and what a narrowed {@link RecordScope} adds.
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
		configuration.putAll(scope());
		return BuildInputs.of(dependencies, configuration);
	}

	static String coordinates(Artifact artifact) {
		return String.join(":", artifact.getGroupId(), artifact.getArtifactId(), artifact.getType(),
			artifact.getClassifier() == null ? "" : artifact.getClassifier(), artifact.getBaseVersion());
	}
}
