package dev.testgov.junit.internal.record.agent;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.io.File;
import java.io.FileInputStream;
import java.io.RandomAccessFile;
import java.lang.instrument.Instrumentation;
import java.net.URL;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;

import dev.testgov.junit.internal.record.hook.FileReads;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.Nexus;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Advice on the few places every file read and resource lookup passes through, each a one-line call into the
 * bootstrap-loaded hook: the {@code FileInputStream} and {@code RandomAccessFile} constructors (all of
 * {@code java.io}), the default file system provider's {@code newByteChannel} and {@code newFileChannel} (all
 * of {@code Files.newInputStream}, {@code readAllBytes}, {@code readString}, {@code lines},
 * {@code newBufferedReader} and {@code FileChannel.open}), and {@code ClassLoader.getResource(String)} (which
 * {@code getResourceAsStream} and {@code Class.getResource} call). The advice is inlined and the classes keep
 * their shape, so classes the JVM loaded before the agent are retransformed in place. Whatever the hook throws
 * is swallowed: a recording must never change what a test's file access does.
 */
final class FileReadAdvice {

	private FileReadAdvice() {
	}

	/**
	 * Byte Buddy's nexus serves self-initialising types this agent never builds, and setting it up touches
	 * {@code sun.misc.Unsafe}, which JDK 24+ warns about on the console. The property is relocated with Byte
	 * Buddy, so a test's own Byte Buddy keeps its nexus.
	 */
	static void install(Instrumentation instrumentation, Class<?> hook) {
		System.setProperty(Nexus.PROPERTY, Boolean.TRUE.toString());
		String[] channelTypes = ProviderTypes.channelTypes().toArray(new String[0]);
		TypeReport report = new TypeReport(channelTypes);
		new AgentBuilder.Default()
			.disableClassFormatChanges()
			.with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
			.with(AgentBuilder.RedefinitionStrategy.Listener.ErrorEscalating.FAIL_FAST)
			.with(report)
			.ignore(not(namedOneOf(report.expected())))
			.assureReadEdgeTo(instrumentation, hook)
			.type(named(FileInputStream.class.getName()))
			.transform(advise(OpenFile.class, isConstructor().and(takesArguments(File.class))))
			.type(named(RandomAccessFile.class.getName()))
			.transform(advise(OpenRandomAccess.class,
				isConstructor().and(takesArgument(0, File.class)).and(takesArgument(1, String.class))))
			.type(namedOneOf(channelTypes))
			.transform(advise(OpenChannel.class, named("newByteChannel").or(named("newFileChannel"))
				.and(not(isAbstract())).and(takesArgument(0, Path.class)).and(takesArgument(1, Set.class))))
			.type(named(ClassLoader.class.getName()))
			.transform(advise(ResolveResource.class,
				named("getResource").and(takesArguments(String.class)).and(returns(URL.class))))
			.installOn(instrumentation);
		report.check();
	}

	private static AgentBuilder.Transformer advise(Class<?> advice, ElementMatcher<? super MethodDescription> methods) {
		return (builder, type, loader, module, domain) -> builder.visit(Advice.to(advice).on(methods));
	}

	static final class OpenFile {

		@Advice.OnMethodEnter(suppress = Throwable.class)
		static void enter(@Advice.Argument(0) File file) {
			FileReads.openedForReading(file);
		}
	}

	static final class OpenRandomAccess {

		@Advice.OnMethodEnter(suppress = Throwable.class)
		static void enter(@Advice.Argument(0) File file, @Advice.Argument(1) String mode) {
			FileReads.openedRandomAccess(file, mode);
		}
	}

	static final class OpenChannel {

		@Advice.OnMethodEnter(suppress = Throwable.class)
		static void enter(@Advice.Argument(0) Path path, @Advice.Argument(1) Set<? extends OpenOption> options) {
			FileReads.openedChannel(path, options);
		}
	}

	static final class ResolveResource {

		@Advice.OnMethodExit(suppress = Throwable.class)
		static void exit(@Advice.Argument(0) String name, @Advice.Return URL url) {
			FileReads.resolvedResource(name, url);
		}
	}
}
