package dev.testgov.junit.internal.record.agent;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The classes of the default file system provider that implement its channel methods ({@code sun.nio.fs.
 * UnixFileSystemProvider} on Linux and macOS, {@code WindowsFileSystemProvider} on Windows), found at run time
 * so no platform's internal name is written down. Other providers (zip, jrt, in-memory) hold no project files.
 */
final class ProviderTypes {

	private static final String[] CHANNEL_METHODS = { "newByteChannel", "newFileChannel" };

	private ProviderTypes() {
	}

	static List<Class<?>> channelTypes() {
		List<Class<?>> types = new ArrayList<>();
		for (Class<?> type = FileSystems.getDefault().provider().getClass(); type != null
				&& type != FileSystemProvider.class; type = type.getSuperclass()) {
			if (declaresChannelMethod(type)) {
				types.add(type);
			}
		}
		return types;
	}

	private static boolean declaresChannelMethod(Class<?> type) {
		for (String name : CHANNEL_METHODS) {
			try {
				Method method = type.getDeclaredMethod(name, Path.class, Set.class, FileAttribute[].class);
				if (!Modifier.isAbstract(method.getModifiers())) {
					return true;
				}
			}
			catch (NoSuchMethodException notHere) {
				// declared further up, if anywhere
			}
		}
		return false;
	}
}
