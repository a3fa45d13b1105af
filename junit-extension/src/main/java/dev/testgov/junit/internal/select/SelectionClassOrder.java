package dev.testgov.junit.internal.select;

import java.util.Comparator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the selected test classes in the order that gives feedback soonest: classes with tests the store does
 * not know (new) and tests that failed last time first, then the shortest. The plugin makes it JUnit
 * Jupiter's default class order only when the project has not chosen its own; without a selection file it
 * keeps the order JUnit was given.
 */
public class SelectionClassOrder implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getConfigurationParameter(SelectionFile.PARAMETER).filter(file -> !file.isBlank())
			.map(SelectionFilter::contents)
			.ifPresent(contents -> context.getClassDescriptors()
				.sort(Comparator.comparingInt(descriptor -> contents.rank(descriptor.getTestClass().getName()))));
	}
}
