package dev.testgov.maven.internal.prepare;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Reads what the POM configures explicitly for Surefire and Failsafe, plugin-wide and per execution. */
final class PluginConfigurations {

	private static final String GROUP = "org.apache.maven.plugins";
	private static final List<String> RUNNERS = List.of("maven-surefire-plugin", "maven-failsafe-plugin");

	/** A value the POM gives an element, and where: {@code maven-surefire-plugin execution [unit]}. */
	record Configured(String where, String value) {
	}

	private PluginConfigurations() {
	}

	/** Every non-blank value of {@code element} in Surefire's and Failsafe's configuration. */
	static List<Configured> find(MavenProject project, String element) {
		List<Configured> found = new ArrayList<>();
		for (Plugin plugin : project.getBuildPlugins()) {
			if (!RUNNERS.contains(plugin.getArtifactId())
					|| (plugin.getGroupId() != null && !GROUP.equals(plugin.getGroupId()))) {
				continue;
			}
			String pluginWide = value(plugin.getConfiguration(), element);
			if (pluginWide != null) {
				found.add(new Configured(plugin.getArtifactId(), pluginWide));
			}
			for (PluginExecution execution : plugin.getExecutions()) {
				String own = value(execution.getConfiguration(), element);
				if (own != null && !own.equals(pluginWide)) {
					found.add(new Configured(plugin.getArtifactId() + " execution [" + execution.getId() + "]", own));
				}
			}
		}
		return found;
	}

	/** The element's value, or null when it is absent or blank; executions inherit the plugin-wide value. */
	private static String value(Object configuration, String element) {
		if (!(configuration instanceof Xpp3Dom)) {
			return null;
		}
		Xpp3Dom child = ((Xpp3Dom) configuration).getChild(element);
		return child == null || child.getValue() == null || child.getValue().isBlank() ? null : child.getValue().strip();
	}
}
