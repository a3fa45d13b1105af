package dev.testgov.maven.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class RunFiltersTests {

	private static final String PLAIN_SUREFIRE = "<configuration><forkCount>2</forkCount></configuration>";

	@Test
	void aRunWithNoFilterAnywhereIsNotNarrowed() {
		assertThat(RunFilters.narrowed(properties("argLine", "-Xmx1g"), new Properties(), List.of(PLAIN_SUREFIRE))).isFalse();
	}

	@Test
	void filtersOnTheCommandLineOrInTheProjectsPropertiesNarrowTheRun() {
		assertThat(RunFilters.narrowed(new Properties(), properties("test", "CartTest"), List.of())).isTrue();
		assertThat(RunFilters.narrowed(properties("excludedGroups", "requires_docker"), new Properties(), List.of())).isTrue();
		assertThat(RunFilters.narrowed(new Properties(), properties("testgov.categories", "unit"), List.of())).isTrue();
		assertThat(RunFilters.narrowed(properties("groups", " "), new Properties(), List.of())).as("blank").isFalse();
	}

	@Test
	void aCategorySelectionFromThePluginsConfigurationNarrowsTheRunThroughArgLine() {
		assertThat(RunFilters.narrowed(properties("argLine", "-javaagent:a.jar -Dtestgov.categories=unit"), new Properties(),
			List.of())).isTrue();
	}

	@Test
	void filtersInSurefiresOwnConfigurationNarrowTheRun() {
		assertThat(RunFilters.narrowed(new Properties(), new Properties(),
			List.of("<configuration><excludedGroups>slow</excludedGroups></configuration>"))).isTrue();
		assertThat(RunFilters.narrowed(new Properties(), new Properties(), List.of("<configuration><systemPropertyVariables>"
				+ "<testgov.categories>unit</testgov.categories></systemPropertyVariables></configuration>"))).isTrue();
	}

	private static Properties properties(String key, String value) {
		Properties properties = new Properties();
		properties.setProperty(key, value);
		return properties;
	}
}
