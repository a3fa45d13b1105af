package dev.testgov.maven.internal.analysis;

import java.nio.file.Path;

/** A second process for {@link MergeStabilityTests}: {@code <reactor root> <repository> <raw file>...} merges. */
public final class MergeMain {

	private MergeMain() {
	}

	public static void main(String[] arguments) throws Exception {
		Reactor reactor = new Reactor(Path.of(arguments[0]), Path.of(arguments[1]));
		for (int i = 2; i < arguments.length; i++) {
			reactor.merge(MergeFixture.INPUTS, Path.of(arguments[i]));
		}
	}
}
