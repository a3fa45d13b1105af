package dev.testgov.maven.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class FailsafeRecordingsTests {

	private static final String RECORD = "/shop/target/testgov/record";
	private static final String WARNING = String.format(FailsafeRecordings.NOT_MERGED, RECORD);
	private static final Properties NONE = new Properties();

	@Test
	void failsafeAfterTheOnlyCollectIsWarnedAboutWhenTheBuildReachesIt() {
		MavenProject project = project(plugin("maven-failsafe-plugin", execution(null, "integration-test", "verify")),
			plugin("testgov-maven-plugin", execution(null, "prepare", "collect")));

		assertThat(FailsafeRecordings.warning(project, List.of("clean", "verify"), NONE, RECORD)).contains(WARNING);
		assertThat(FailsafeRecordings.warning(project, List.of("install"), NONE, RECORD)).contains(WARNING);
		assertThat(FailsafeRecordings.warning(project, List.of("integration-test"), NONE, RECORD)).contains(WARNING);
	}

	@Test
	void aBuildThatStopsBeforeFailsafeHasNothingToMerge() {
		MavenProject project = project(plugin("maven-failsafe-plugin", execution(null, "integration-test", "verify")),
			plugin("testgov-maven-plugin", execution(null, "prepare", "collect")));

		assertThat(FailsafeRecordings.warning(project, List.of("test"), NONE, RECORD)).isEmpty();
		assertThat(FailsafeRecordings.warning(project, List.of("package"), NONE, RECORD)).isEmpty();
		assertThat(FailsafeRecordings.warning(project, List.of("testgov:affected"), NONE, RECORD)).isEmpty();
	}

	@Test
	void aCollectBoundAfterFailsafeMergesItsRecordings() {
		assertThat(FailsafeRecordings.warning(project(plugin("maven-failsafe-plugin", execution(null, "integration-test")),
			plugin("testgov-maven-plugin", execution(null, "prepare", "collect"), execution("post-integration-test", "collect"))),
			List.of("verify"), NONE, RECORD)).isEmpty();
		assertThat(FailsafeRecordings.warning(project(plugin("maven-failsafe-plugin", execution(null, "integration-test")),
			plugin("testgov-maven-plugin", execution(null, "prepare", "collect"), execution("verify", "collect"))),
			List.of("verify"), NONE, RECORD)).isEmpty();
	}

	@Test
	void inFailsafesOwnPhaseACollectRunsAfterItOnlyWhenDeclaredAfterIt() {
		Plugin failsafe = plugin("maven-failsafe-plugin", execution(null, "integration-test"));
		Plugin testgov = plugin("testgov-maven-plugin", execution(null, "prepare", "collect"), execution("integration-test", "collect"));

		assertThat(FailsafeRecordings.warning(project(failsafe, testgov), List.of("verify"), NONE, RECORD)).isEmpty();
		assertThat(FailsafeRecordings.warning(project(testgov, failsafe), List.of("verify"), NONE, RECORD)).contains(WARNING);
	}

	@Test
	void failsafeBoundLaterThanTheBuildGoesRecordsNothingAndWithoutItsTestGoalNothingIsSaid() {
		Plugin testgov = plugin("testgov-maven-plugin", execution(null, "prepare", "collect"));

		assertThat(FailsafeRecordings.warning(project(plugin("maven-failsafe-plugin", execution("verify", "integration-test")),
			testgov), List.of("integration-test"), NONE, RECORD)).isEmpty();
		assertThat(FailsafeRecordings.warning(project(plugin("maven-failsafe-plugin", execution(null, "verify")), testgov),
			List.of("verify"), NONE, RECORD)).isEmpty();
		assertThat(FailsafeRecordings.warning(project(testgov), List.of("verify"), NONE, RECORD)).isEmpty();
	}

	@Test
	void skippedIntegrationTestsRecordNothing() {
		MavenProject project = project(plugin("maven-failsafe-plugin", execution(null, "integration-test", "verify")),
			plugin("testgov-maven-plugin", execution(null, "prepare", "collect")));

		for (String skip : List.of("skipITs", "skipTests", "maven.test.skip")) {
			Properties user = new Properties();
			user.setProperty(skip, "true");
			assertThat(FailsafeRecordings.warning(project, List.of("verify"), user, RECORD)).as(skip).isEmpty();
			user.setProperty(skip, "false");
			assertThat(FailsafeRecordings.warning(project, List.of("verify"), user, RECORD)).as(skip).contains(WARNING);
		}
		project.getProperties().setProperty("skipITs", "");
		assertThat(FailsafeRecordings.warning(project, List.of("verify"), NONE, RECORD)).isEmpty();
	}

	@Test
	void aBuildStoppingBeforeFailsafeCannotRunTheClassesSurefiresDefaultIncludesLeaveOut() {
		MavenProject project = project(plugin("maven-surefire-plugin"),
			plugin("maven-failsafe-plugin", execution(null, "integration-test", "verify")));

		var onlyFailsafe = FailsafeRecordings.onlyFailsafe(project, List.of("test"), NONE);

		assertThat(List.of(jupiter("com.acme.NightReadingIT") + "/[method:night()]",
			jupiter("com.acme.NightReadingIT") + "/[nested-class:Weekend]/[method:sunday()]", jupiter("ITBilling"),
			jupiter("com.acme.BillingITCase") + "/[test-template:bills(long)]")).allMatch(onlyFailsafe);
		assertThat(List.of("com.acme.TariffTest", "com.acme.TariffTests", "com.acme.TariffTestCase", "com.acme.TestDataIT"))
			.map(FailsafeRecordingsTests::jupiter).noneMatch(onlyFailsafe);
		assertThat(FailsafeRecordings.onlyFailsafe(project, List.of("testgov:affected"), NONE)).accepts(jupiter("com.acme.NightReadingIT"));
	}

	@Test
	void onlyJupitersClassBasedTestsAreJudged() {
		MavenProject project = project(plugin("maven-surefire-plugin"),
			plugin("maven-failsafe-plugin", execution(null, "integration-test", "verify")));

		var onlyFailsafe = FailsafeRecordings.onlyFailsafe(project, List.of("test"), NONE);

		// A suite that Surefire's includes take runs the integration test's class too.
		assertThat(onlyFailsafe).rejects("[engine:junit-platform-suite]/[suite:com.acme.AllTest]/[engine:junit-jupiter]"
				+ "/[class:com.acme.NightReadingIT]/[method:night()]", "[engine:junit-vintage]/[runner:com.acme.NightReadingIT]",
			"[engine:junit-jupiter]/[class:com.acme.NightReadingIT", "[engine:junit-jupiter]/[method:broken]");
	}

	@Test
	void whenTheBuildReachesFailsafeOrSurefireScansOtherClassesNoClassIsRuledOut() {
		Plugin failsafe = plugin("maven-failsafe-plugin", execution(null, "integration-test", "verify"));
		String it = jupiter("com.acme.NightReadingIT");

		assertThat(FailsafeRecordings.onlyFailsafe(project(plugin("maven-surefire-plugin"), failsafe), List.of("verify"), NONE))
			.rejects(it);
		assertThat(FailsafeRecordings.onlyFailsafe(project(plugin("maven-surefire-plugin")), List.of("test"), NONE)).rejects(it);
		assertThat(FailsafeRecordings.onlyFailsafe(project(failsafe), List.of("test"), NONE)).as("no Surefire").rejects(it);
		for (String parameter : List.of("includes", "includesFile", "excludes", "excludesFile", "test", "dependenciesToScan")) {
			Plugin configured = plugin("maven-surefire-plugin");
			configured.setConfiguration(configuration(parameter));
			assertThat(FailsafeRecordings.onlyFailsafe(project(configured, failsafe), List.of("test"), NONE)).as(parameter).rejects(it);
			Plugin executionConfigured = plugin("maven-surefire-plugin", execution("test", "test"));
			executionConfigured.getExecutions().get(0).setConfiguration(configuration(parameter));
			assertThat(FailsafeRecordings.onlyFailsafe(project(executionConfigured, failsafe), List.of("test"), NONE))
				.as(parameter + " in an execution").rejects(it);
		}
		for (String property : List.of("test", "surefire.includesFile", "surefire.excludesFile")) {
			Properties user = new Properties();
			user.setProperty(property, "NightReadingIT");
			assertThat(FailsafeRecordings.onlyFailsafe(project(plugin("maven-surefire-plugin"), failsafe), List.of("test"), user))
				.as(property).rejects(it);
		}
	}

	private static String jupiter(String className) {
		return "[engine:junit-jupiter]/[class:" + className + "]";
	}

	private static Xpp3Dom configuration(String parameter) {
		Xpp3Dom configuration = new Xpp3Dom("configuration");
		Xpp3Dom child = new Xpp3Dom(parameter);
		child.setValue("**/*IT.java");
		configuration.addChild(child);
		return configuration;
	}

	private static MavenProject project(Plugin... plugins) {
		Model model = new Model();
		model.setBuild(new Build());
		for (Plugin plugin : plugins) {
			model.getBuild().addPlugin(plugin);
		}
		return new MavenProject(model);
	}

	private static Plugin plugin(String artifactId, PluginExecution... executions) {
		Plugin plugin = new Plugin();
		plugin.setArtifactId(artifactId);
		for (PluginExecution execution : executions) {
			plugin.addExecution(execution);
		}
		return plugin;
	}

	private static PluginExecution execution(String phase, String... goals) {
		PluginExecution execution = new PluginExecution();
		execution.setId(phase == null ? "default" : phase);
		execution.setPhase(phase);
		for (String goal : goals) {
			execution.addGoal(goal);
		}
		return execution;
	}
}
