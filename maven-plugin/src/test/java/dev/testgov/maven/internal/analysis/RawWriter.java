package dev.testgov.maven.internal.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.testgov.junit.internal.record.RawEntries.Coverage;
import dev.testgov.junit.internal.record.RawEntries.End;
import dev.testgov.junit.internal.record.RawEntries.FileRead;
import dev.testgov.junit.internal.record.RawEntries.Mode;
import dev.testgov.junit.internal.record.RawEntries.Outcome;
import dev.testgov.junit.internal.record.RawEntries.Scope;
import dev.testgov.junit.internal.record.RawRecords;

/**
 * Writes a raw recording the way the test JVM does, with coverage taken from an {@link AgentSimulation}
 * after running fixture code in a scope.
 */
final class RawWriter implements AutoCloseable {

	private final RawRecords.Writer writer;
	private final AgentSimulation agent;

	RawWriter(Path file, AgentSimulation agent) throws IOException {
		Files.createDirectories(file.getParent());
		this.writer = RawRecords.create(file);
		this.agent = agent;
	}

	RawWriter scope(String id, String parentId, boolean test, String className, String methodName) throws IOException {
		new Scope(id, parentId, test, className, methodName).appendTo(writer);
		return this;
	}

	/** Runs {@code className.method()} and records what it executed as the scope's coverage. */
	RawWriter run(String scopeId, String className, String method) throws Exception {
		agent.call(className, method);
		new Coverage(scopeId, agent.takeCoverage()).appendTo(writer);
		return this;
	}

	RawWriter coverage(Coverage coverage) throws IOException {
		coverage.appendTo(writer);
		return this;
	}

	RawWriter read(String scopeId, String kind, String location) throws IOException {
		new FileRead(scopeId, kind, location).appendTo(writer);
		return this;
	}

	RawWriter read(String scopeId, String kind, String location, String resource) throws IOException {
		new FileRead(scopeId, kind, location, resource).appendTo(writer);
		return this;
	}

	RawWriter outcome(String id, String status) throws IOException {
		new Outcome(id, status, 7).appendTo(writer);
		return this;
	}

	RawWriter mode(String mode, String reason) throws IOException {
		new Mode(mode, reason).appendTo(writer);
		return this;
	}

	RawWriter end() throws IOException {
		new End().appendTo(writer);
		return this;
	}

	@Override
	public void close() throws IOException {
		writer.close();
	}
}
