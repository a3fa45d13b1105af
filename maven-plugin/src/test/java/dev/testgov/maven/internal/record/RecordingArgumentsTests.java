package dev.testgov.maven.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import dev.testgov.junit.internal.record.ClassPatterns;
import org.junit.jupiter.api.Test;

class RecordingArgumentsTests {

	private static final AgentJars AGENTS = new AgentJars(Path.of("/m2/jacocoagent.jar"), Path.of("/m2/testgov-agent.jar"));
	private static final Path RECORDS = Path.of("/shop/target/testgov/record");
	private static final Path ROOT = Path.of("/shop");

	@Test
	void withoutAnAgentOfItsOwnTheProjectGetsTestgovsJacocoInstrumentingItsPackages() {
		String argLine = RecordingArguments.argLine("-Xmx1g", AGENTS, scope("com.acme.*", null), RECORDS, ROOT);

		assertThat(argLine).isEqualTo("-javaagent:/m2/testgov-agent.jar -Xmx1g -javaagent:/m2/jacocoagent.jar=output=none,"
				+ "jmx=false,sessionid=testgov,includes=com.acme.*,excludes=" + ClassPatterns.TESTGOV_EXCLUDES
				+ " -Dtestgov.record.directory=/shop/target/testgov/record -Dtestgov.record.root=/shop");
	}

	@Test
	void withTheProjectsOwnAgentTheRecordingKeepsTheProjectsPackagesAndGivesTheProbesBack() {
		String jacoco = "-javaagent:/m2/org/jacoco/org.jacoco.agent/0.8.15/org.jacoco.agent-0.8.15-runtime.jar=destfile=/shop/target/jacoco.exec";

		String argLine = RecordingArguments.argLine(jacoco, AGENTS, scope("com.acme.*:Main*", null), RECORDS, ROOT);

		assertThat(argLine).isEqualTo("-javaagent:/m2/testgov-agent.jar " + jacoco + " -Dtestgov.record.restore=true"
				+ " -Dtestgov.record.includes=com.acme.*:Main* -Dtestgov.record.directory=/shop/target/testgov/record"
				+ " -Dtestgov.record.root=/shop");
	}

	@Test
	void anArgLineThatAlreadyRecordsIsLeftAsItIs() {
		String once = RecordingArguments.argLine("", AGENTS, scope("com.acme.*", null), RECORDS, ROOT);

		assertThat(RecordingArguments.argLine(once, AGENTS, scope("com.acme.*", null), RECORDS, ROOT)).isEqualTo(once);
	}

	@Test
	void theUsersExcludesFollowTestgovsOnTheAgent() {
		String argLine = RecordingArguments.argLine("", AGENTS, scope("com.acme.*", "*Test"), RECORDS, ROOT);

		assertThat(argLine).contains(",includes=com.acme.*,excludes=" + ClassPatterns.TESTGOV_EXCLUDES + ":*Test ");
	}

	@Test
	void withTheProjectsOwnAgentTheUsersExcludesReachTheRecording() {
		String jacoco = "-javaagent:/m2/org/jacoco/org.jacoco.agent/0.8.15/org.jacoco.agent-0.8.15-runtime.jar";

		String argLine = RecordingArguments.argLine(jacoco, AGENTS, scope("com.acme.*", "*Test:*Test$*"), RECORDS, ROOT);

		assertThat(argLine).as("quoted for the shell that starts the fork")
			.contains(" -Dtestgov.record.includes=com.acme.* \"-Dtestgov.record.excludes=*Test:*Test$*\" ");
	}

	private static RecordScope scope(String includes, String excludes) {
		return RecordScope.of(includes, excludes, List.of());
	}
}
