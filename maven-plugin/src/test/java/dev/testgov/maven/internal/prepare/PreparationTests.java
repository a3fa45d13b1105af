package dev.testgov.maven.internal.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.File;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.testgov.maven.GateSet;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

/** What prepare sets, says and warns about, for projects built from plain model objects. */
class PreparationTests {

	private static final File BASE = new File("/work/shop");
	private static final File DEFAULT_OUTPUT = new File(BASE, "target/testgov");

	private final MavenProject project = project();
	private final Properties commandLine = new Properties();

	@Test
	void fastSetsExcludedGroupsAndSaysSo() {
		Preparation preparation = prepare(settings().gates("fast"));

		assertThat(preparation.properties()).containsExactly(
			Map.entry("excludedGroups", "requires_docker,live_api,manual"), Map.entry("argLine", ""));
		assertThat(preparation.summary())
			.isEqualTo("testgov: gate set [fast] excludedGroups=[requires_docker, live_api, manual]");
		assertThat(preparation.warnings()).isEmpty();
	}

	@Test
	void unsetGateSetFiltersNothing() {
		Preparation preparation = prepare(settings());

		assertThat(preparation.properties()).containsExactly(Map.entry("argLine", ""));
		assertThat(preparation.summary()).isEqualTo("testgov: gate set [all] no tag filtering");
	}

	@Test
	void strictFromThePomIsAppendedToArgLine() {
		project.getProperties().setProperty("argLine", "-javaagent:/repo/jacoco.jar=destfile=/t/jacoco.exec");

		Preparation preparation = prepare(settings().gates("fast").strict("requires_docker, live_api"));

		assertThat(preparation.properties()).containsEntry("argLine",
			"-javaagent:/repo/jacoco.jar=destfile=/t/jacoco.exec -Dtestgov.strict=requires_docker,live_api");
		assertThat(preparation.summary()).isEqualTo("testgov: gate set [fast] excludedGroups=[requires_docker, live_api,"
				+ " manual]; strict [requires_docker,live_api]; argLine += -Dtestgov.strict=requires_docker,live_api");
	}

	@Test
	void switchesFromTheCommandLineAreNotRepeatedButReported() {
		commandLine.setProperty("testgov.strict", "requires_docker");
		commandLine.setProperty("testgov.categories", "unit");

		Preparation preparation = prepare(settings().gates("docker").strict("requires_docker").categories("unit"));

		assertThat(preparation.properties()).containsEntry("argLine", "");
		assertThat(preparation.summary()).isEqualTo("testgov: gate set [docker] excludedGroups=[live_api, manual];"
				+ " strict [requires_docker]; categories [unit]");
	}

	@Test
	void manualSetRunsOnlyManualTestsAndOptsThemIn() {
		Preparation preparation = prepare(settings().gates("manual"));

		assertThat(preparation.properties()).containsExactly(Map.entry("groups", "manual"),
			Map.entry("argLine", "-Dtestgov.manual=true"));
		assertThat(preparation.summary()).isEqualTo("testgov: gate set [manual] groups=[manual]; manual tests opted in;"
				+ " argLine += -Dtestgov.manual=true");
	}

	@Test
	void categoriesAndPatternsFromThePomReachTheForkWithoutWhitespace() {
		Preparation preparation = prepare(settings().categories("integration, !slow")
			.categoryPatterns("\n  **.api.** = integration ;\n  **.*SmokeTest=smoke, slow;\n"));

		assertThat(preparation.properties()).containsEntry("argLine", "-Dtestgov.categories=integration,!slow"
				+ " -Dtestgov.categoryPatterns=**.api.**=integration;**.*SmokeTest=smoke,slow");
		assertThat(preparation.summary()).isEqualTo("testgov: gate set [all] no tag filtering;"
				+ " categories [integration,!slow]; argLine += -Dtestgov.categories=integration,!slow"
				+ " -Dtestgov.categoryPatterns=**.api.**=integration;**.*SmokeTest=smoke,slow");
	}

	@Test
	void outputDirectoryIsPassedOnlyWhenNotTheDefaultAndQuotedWhenItHasSpaces() {
		assertThat(prepare(settings().outputDirectory(DEFAULT_OUTPUT, DEFAULT_OUTPUT)).properties())
			.containsEntry("argLine", "");

		Preparation moved = prepare(settings().outputDirectory(new File("/work/my shop/build/testgov"), DEFAULT_OUTPUT));

		assertThat(moved.properties()).containsEntry("argLine", "\"-Dtestgov.outputDirectory=/work/my shop/build/testgov\"");
	}

	@Test
	void excludedGroupsAddToThePomsPropertyAndRunningTwiceChangesNothing() {
		project.getProperties().setProperty("excludedGroups", "flaky, manual");

		Map<String, String> first = prepare(settings().gates("fast").manual(true)).properties();
		project.getProperties().putAll(first);
		Map<String, String> second = prepare(settings().gates("fast").manual(true)).properties();

		assertThat(first).containsEntry("excludedGroups", "flaky,manual,requires_docker,live_api")
			.containsEntry("argLine", "-Dtestgov.manual=true");
		assertThat(second).isEqualTo(first);
	}

	@Test
	void explicitSurefireAndFailsafeFiltersAreReported() {
		addPlugin("maven-surefire-plugin", "<configuration><excludedGroups>slow</excludedGroups></configuration>", null);
		addPlugin("maven-failsafe-plugin", null, "<configuration><excludedGroups>${excludedGroups}</excludedGroups>"
				+ "<groups>db</groups></configuration>");

		assertThat(prepare(settings().gates("fast")).warnings()).containsExactly(
			"testgov: maven-surefire-plugin configures <excludedGroups>slow</excludedGroups>, which overrides gate set"
					+ " [fast] (excludedGroups=[requires_docker, live_api, manual]); remove <excludedGroups> from its"
					+ " configuration, or set the property excludedGroups in <properties> instead");
		assertThat(prepare(settings().gates("live")).warnings()).containsExactly(
			"testgov: maven-failsafe-plugin execution [it] configures <groups>db</groups>, which overrides gate set [live]"
					+ " (groups=[live_api]); remove <groups> from its configuration, or set the property groups in"
					+ " <properties> instead");
	}

	@Test
	void literalArgLineWithoutLateReplacementIsReportedWithTheFix() {
		addPlugin("maven-surefire-plugin", "<configuration><argLine>-Xmx1g</argLine></configuration>", null);
		addPlugin("maven-failsafe-plugin", "<configuration><argLine>@{argLine} -Xmx1g</argLine></configuration>", null);

		assertThat(prepare(settings().strict("all")).warnings()).containsExactly(
			"testgov: maven-surefire-plugin configures <argLine>-Xmx1g</argLine> without @{argLine}, so the test JVM"
					+ " misses [-Dtestgov.strict=all]; write <argLine>@{argLine} -Xmx1g</argLine>");
		assertThat(prepare(settings()).warnings()).isEmpty();
	}

	@Test
	void executionThatInheritsThePluginConfigurationIsReportedOnce() {
		String configuration = "<configuration><argLine>-Xmx1g</argLine></configuration>";
		addPlugin("maven-surefire-plugin", configuration, configuration);

		assertThat(prepare(settings().manual(true)).warnings()).containsExactly(
			"testgov: maven-surefire-plugin configures <argLine>-Xmx1g</argLine> without @{argLine}, so the test JVM"
					+ " misses [-Dtestgov.manual=true]; write <argLine>@{argLine} -Xmx1g</argLine>");
	}

	@Test
	void commandLineFiltersAndArgLineThatWinAreReported() {
		commandLine.setProperty("groups", "db");
		commandLine.setProperty("argLine", "-Xmx2g");

		assertThat(prepare(settings().gates("live").manual(true)).warnings()).containsExactly(
			"testgov: -Dgroups=db on the command line overrides gate set [live] (groups=[live_api]); drop -Dgroups,"
					+ " or choose another gate set with -Dtestgov.gates",
			"testgov: -DargLine=-Xmx2g on the command line replaces the argLine testgov set, so the test JVM misses"
					+ " [-Dtestgov.manual=true]; drop -DargLine, or start it with @{argLine}: -DargLine='@{argLine} -Xmx2g'");
	}

	@Test
	void aCommandLineArgLineStartingWithTheProjectsArgLineIsNoConflict() {
		commandLine.setProperty("argLine", "@{argLine} -Xmx2g");

		assertThat(prepare(settings().manual(true)).warnings()).isEmpty();
	}

	@Test
	void commandLineMatchingTheGateSetIsNoConflict() {
		commandLine.setProperty("excludedGroups", "requires_docker, live_api,manual");

		assertThat(prepare(settings().gates("fast")).warnings()).isEmpty();
	}

	@Test
	void commandLineSwitchThatDiffersFromThePomIsReported() {
		commandLine.setProperty("testgov.manual", "false");

		Preparation preparation = prepare(settings().gates("manual"));

		assertThat(preparation.warnings()).containsExactly(
			"testgov: -Dtestgov.manual=false on the command line overrides gate set [manual] for the test JVM");
		assertThat(preparation.summary()).isEqualTo("testgov: gate set [manual] groups=[manual]");
	}

	@Test
	void replacingAGroupsPropertyIsReported() {
		project.getProperties().setProperty("groups", "smoke");

		assertThat(prepare(settings().gates("live")).warnings()).containsExactly(
			"testgov: gate set [live] replaces the project property groups=[smoke] with [live_api]; to combine them,"
					+ " declare a gate set in <gateSets> that includes both");
	}

	@Test
	void projectGateSetIsUsedByName() {
		GateSet nightly = GateSetsTests.set("nightly", List.of(), List.of("live_api", "slow & !smoke"));

		Preparation preparation = prepare(settings().gates("nightly").gateSets(List.of(nightly)));

		assertThat(preparation.properties()).containsEntry("excludedGroups", "live_api,slow&!smoke");
		assertThat(preparation.summary()).isEqualTo("testgov: gate set [nightly] excludedGroups=[live_api, slow&!smoke]");
	}

	@Test
	void unknownStrictGateFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> prepare(settings().strict("requires_dokcer")))
			.withMessage("testgov: testgov.strict=[requires_dokcer] names an unknown gate [requires_dokcer]; use a"
					+ " comma-separated list of requires_docker, live_api, manual, requires_service, requires_env, or all,"
					+ " or none");
	}

	@Test
	void unknownCategoryFailsNamingTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> prepare(settings().categories("smoke")))
			.withMessage("testgov: testgov.categories=[smoke] names an unknown category [smoke]; known categories are"
					+ " [e2e, integration, manual, performance, slow, unit] and uncategorised,"
					+ " or define one in testgov.categoryPatterns");
		assertThat(prepare(settings().categories("smoke").categoryPatterns("**.*SmokeTest=smoke")).summary())
			.contains("; categories [smoke]");
	}

	private Preparation prepare(PrepareSettings settings) {
		return Preparation.of(settings, project, commandLine);
	}

	private static PrepareSettings settings() {
		return new PrepareSettings().outputDirectory(DEFAULT_OUTPUT, DEFAULT_OUTPUT);
	}

	private static MavenProject project() {
		Model model = new Model();
		model.setBuild(new Build());
		MavenProject project = new MavenProject(model);
		project.setFile(new File(BASE, "pom.xml"));
		return project;
	}

	private void addPlugin(String artifactId, String configuration, String executionConfiguration) {
		Plugin plugin = new Plugin();
		plugin.setArtifactId(artifactId);
		plugin.setConfiguration(dom(configuration));
		if (executionConfiguration != null) {
			PluginExecution execution = new PluginExecution();
			execution.setId("it");
			execution.setConfiguration(dom(executionConfiguration));
			plugin.addExecution(execution);
		}
		project.getModel().getBuild().addPlugin(plugin);
	}

	private static Object dom(String xml) {
		try {
			return xml == null ? null : Xpp3DomBuilder.build(new StringReader(xml));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
