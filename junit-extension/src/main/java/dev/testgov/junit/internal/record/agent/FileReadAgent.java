package dev.testgov.junit.internal.record.agent;

import java.lang.instrument.Instrumentation;

import dev.testgov.junit.internal.record.hook.FileReads;

/**
 * The file-read agent's entry point, {@code -javaagent:testgov-junit-<version>-agent.jar}: puts the hook where
 * {@code java.base} can call it, then advises the JDK's file and resource funnels. It takes no arguments; the
 * dependency recorder decides whether and where reads count. A failure leaves the JVM running without the
 * advice and says so in one line, because a test run must never fail for want of a recording.
 */
public final class FileReadAgent {

	static final String NOT_INSTALLED = "[testgov] the file-read agent could not install itself, so file reads are"
			+ " not recorded: ";

	private FileReadAgent() {
	}

	public static void premain(String arguments, Instrumentation instrumentation) {
		try {
			Class<?> hook = BootstrapHook.inject(instrumentation);
			FileReadAdvice.install(instrumentation, hook);
			hook.getMethod("install").invoke(null);
			System.setProperty(FileReads.AGENT_PROPERTY, FileReads.AGENT_INSTALLED);
		}
		catch (Exception | LinkageError failure) {
			System.setProperty(FileReads.AGENT_PROPERTY, failure.toString());
			System.err.println(NOT_INSTALLED + failure);
		}
	}
}
