package dev.testgov.junit.internal.record.agent;

import java.io.FileInputStream;
import java.io.RandomAccessFile;
import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calls into the bootstrap-loaded hook from the few places every file read and resource lookup passes
 * through: the {@code FileInputStream} and {@code RandomAccessFile} constructors (all of {@code java.io}),
 * the default file system provider's {@code newByteChannel} and {@code newFileChannel} (all of
 * {@code Files.newInputStream}, {@code readAllBytes}, {@code readString}, {@code lines},
 * {@code newBufferedReader} and {@code FileChannel.open}), and {@code ClassLoader.getResource(String)} (which
 * {@code getResourceAsStream} and {@code Class.getResource} call). Each call is one static invocation woven in
 * place ({@link HookWeaver}); the hook swallows whatever goes wrong, so a recording never changes what a test's
 * file access does.
 */
final class FileReadAdvice {

	static final String HOOK = BootstrapHook.HOOK.replace('.', '/');
	private static final String FILE = "Ljava/io/File;";
	private static final String STRING = "Ljava/lang/String;";
	private static final String PATH = "Ljava/nio/file/Path;";
	private static final String SET = "Ljava/util/Set;";
	private static final String CHANNEL_ARGUMENTS = "(" + PATH + SET + "[Ljava/nio/file/attribute/FileAttribute;)";

	private FileReadAdvice() {
	}

	static void install(Instrumentation instrumentation, Class<?> hook) throws Exception {
		HookWeaver weaver = new HookWeaver(HOOK)
			.onEntry(FileInputStream.class, "<init>", "(" + FILE + ")V", "openedForReading", "(" + FILE + ")V", 1)
			.onEntry(RandomAccessFile.class, "<init>", "(" + FILE + STRING + ")V", "openedRandomAccess",
				"(" + FILE + STRING + ")V", 1, 2)
			.onReturn(ClassLoader.class, "getResource", "(" + STRING + ")Ljava/net/URL;", "resolvedResource",
				"(" + STRING + "Ljava/net/URL;)V", 1);
		for (Class<?> channelType : ProviderTypes.channelTypes()) {
			for (String method : List.of("newByteChannel" + CHANNEL_ARGUMENTS + "Ljava/nio/channels/SeekableByteChannel;",
				"newFileChannel" + CHANNEL_ARGUMENTS + "Ljava/nio/channels/FileChannel;")) {
				int parenthesis = method.indexOf('(');
				weaver.onEntryIfDeclared(channelType, method.substring(0, parenthesis), method.substring(parenthesis),
					"openedChannel", "(" + PATH + SET + ")V", 1, 2);
			}
		}
		readHook(instrumentation, weaver, hook);
		weaver.install(instrumentation);
	}

	/** The woven JDK classes call the hook, so their modules must read its (the boot loader's unnamed) module. */
	private static void readHook(Instrumentation instrumentation, HookWeaver weaver, Class<?> hook) {
		for (Class<?> type : weaver.types()) {
			Module module = type.getModule();
			if (!module.canRead(hook.getModule())) {
				instrumentation.redefineModule(module, Set.of(hook.getModule()), Map.of(), Map.of(), Set.of(), Map.of());
			}
		}
	}
}
