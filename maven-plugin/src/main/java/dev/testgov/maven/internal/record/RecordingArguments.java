package dev.testgov.maven.internal.record;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.testgov.maven.internal.prepare.ArgLine;

/**
 * What a recorded test JVM needs on its {@code argLine}: testgov's file-read agent first (so JaCoCo never
 * instruments it), the JaCoCo agent with {@code output=none} instrumenting only the project's packages, and
 * where to write. When the project already runs its own JaCoCo agent (jacoco-maven-plugin's
 * {@code prepare-agent}), a second one cannot join it: testgov records with the project's agent and gives
 * it its probes back at the end, so the project's coverage report still covers the whole run; as that agent
 * instruments every class, the recording keeps only the classes of the {@link RecordScope}, as testgov's own
 * agent would.
 */
public final class RecordingArguments {

	/**
	 * Nothing written or served: the recorder takes the probes. A fixed session id spares each fork the host
	 * name lookup JaCoCo makes to invent one.
	 */
	static final String AGENT_OPTIONS = "output=none,jmx=false,sessionid=testgov";

	private RecordingArguments() {
	}

	/**
	 * The new {@code argLine}.
	 *
	 * @param current the {@code argLine} so far (the project's, JaCoCo's, testgov's gate switches)
	 * @param scope the classes to record
	 */
	public static String argLine(String current, AgentJars agents, RecordScope scope, Path recordDirectory, Path root) {
		String existing = current == null ? "" : current.strip();
		String fileAgent = ArgLine.quote(fileAgent(agents));
		if (existing.contains(fileAgent)) {
			return existing;
		}
		List<String> after = new ArrayList<>();
		if (usesProjectJacoco(existing)) {
			// It instruments every class, JUnit's and Surefire's too: the recording keeps the project's.
			after.add("-Dtestgov.record.restore=true");
			after.add("-D" + RecordScope.INCLUDES + "=" + scope.includes());
			if (!scope.userExcludes().isEmpty()) {
				after.add("-D" + RecordScope.EXCLUDES + "=" + scope.userExcludes());
			}
		}
		else {
			after.add("-javaagent:" + agents.jacoco() + "=" + AGENT_OPTIONS + ",includes=" + scope.includes() + ",excludes="
					+ scope.excludes());
		}
		after.add("-Dtestgov.record.directory=" + recordDirectory);
		after.add("-Dtestgov.record.root=" + root);
		String withAgent = existing.isEmpty() ? fileAgent : fileAgent + " " + existing;
		return ArgLine.append(withAgent, ArgLine.join(after));
	}

	/** The switch that starts testgov's file-read agent: an {@code argLine} without it records nothing. */
	public static String fileAgent(AgentJars agents) {
		return "-javaagent:" + agents.fileReads();
	}

	/** Whether the project starts a JaCoCo agent of its own. */
	public static boolean usesProjectJacoco(String argLine) {
		return argLine != null && argLine.contains("-javaagent:") && argLine.contains("org.jacoco.agent");
	}
}
