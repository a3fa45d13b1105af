package dev.testgov.maven.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class RecordingArgumentsTests {

	private static final AgentJars AGENTS = new AgentJars(Path.of("/m2/jacocoagent.jar"), Path.of("/m2/testgov-agent.jar"));
	private static final Path RECORDS = Path.of("/shop/target/testgov/record");
	private static final Path ROOT = Path.of("/shop");

	@Test
	void withoutAnAgentOfItsOwnTheProjectGetsTestgovsJacocoInstrumentingItsPackages() {
		String argLine = RecordingArguments.argLine("-Xmx1g", AGENTS, "com.acme.*", RECORDS, ROOT);

		assertThat(argLine).isEqualTo("-javaagent:/m2/testgov-agent.jar -Xmx1g -javaagent:/m2/jacocoagent.jar=output=none,"
				+ "jmx=false,sessionid=testgov,includes=com.acme.*,excludes=" + RecordingArguments.EXCLUDES
				+ " -Dtestgov.record.directory=/shop/target/testgov/record -Dtestgov.record.root=/shop");
	}

	@Test
	void withTheProjectsOwnAgentTheRecordingKeepsTheProjectsPackagesAndGivesTheProbesBack() {
		String jacoco = "-javaagent:/m2/org/jacoco/org.jacoco.agent/0.8.15/org.jacoco.agent-0.8.15-runtime.jar=destfile=/shop/target/jacoco.exec";

		String argLine = RecordingArguments.argLine(jacoco, AGENTS, "com.acme.*:Main*", RECORDS, ROOT);

		assertThat(argLine).isEqualTo("-javaagent:/m2/testgov-agent.jar " + jacoco + " -Dtestgov.record.restore=true"
				+ " -Dtestgov.record.includes=com.acme.*:Main* -Dtestgov.record.directory=/shop/target/testgov/record"
				+ " -Dtestgov.record.root=/shop");
	}

	@Test
	void anArgLineThatAlreadyRecordsIsLeftAsItIs() {
		String once = RecordingArguments.argLine("", AGENTS, "com.acme.*", RECORDS, ROOT);

		assertThat(RecordingArguments.argLine(once, AGENTS, "com.acme.*", RECORDS, ROOT)).isEqualTo(once);
	}
}
