package dev.testgov.junit.internal.select;

import java.util.Comparator;

import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;

/**
 * Runs a class's selected tests new and failed-last-time first, then the shortest. JUnit applies it only to
 * classes without {@code @TestMethodOrder}; the plugin makes it the default only when the project has not
 * chosen one. Without a selection file it keeps JUnit's order.
 */
public class SelectionMethodOrder implements MethodOrderer {

	@Override
	public void orderMethods(MethodOrdererContext context) {
		context.getConfigurationParameter(SelectionFile.PARAMETER).filter(file -> !file.isBlank())
			.map(SelectionFilter::contents)
			.ifPresent(contents -> context.getMethodDescriptors()
				.sort(Comparator.comparingInt(descriptor -> contents.rank(key(descriptor)))));
	}

	private static String key(MethodDescriptor descriptor) {
		return descriptor.getMethod().getDeclaringClass().getName() + "#" + descriptor.getMethod().getName();
	}
}
