package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.List;

/** One generated Maven module: what it depends on, its sources and resources, and what others may call in it. */
final class ModuleSpec {
	final int index;
	final String name;
	final String pkg;
	final List<ModuleSpec> dependencies = new ArrayList<>();
	final List<SourceFile> mainFiles = new ArrayList<>();
	final List<Unit> units = new ArrayList<>();
	final List<Callable> callables = new ArrayList<>();
	/** Int-valued expressions over constants, e.g. {@code PricingDefaults.STEP}, with the constant's node. */
	final List<ConstantRef> constants = new ArrayList<>();
	int classCount;

	ModuleSpec(int index) {
		this.index = index;
		this.name = Names.module(index);
		this.pkg = "bench." + name;
	}

	String mainJava(String simpleName) {
		return name + "/src/main/java/" + pkg.replace('.', '/') + "/" + simpleName + ".java";
	}

	String testJava(String simpleName) {
		return name + "/src/test/java/" + pkg.replace('.', '/') + "/" + simpleName + ".java";
	}

	String mainResource(String file) {
		return name + "/src/main/resources/" + pkg.replace('.', '/') + "/" + file;
	}

	String testResource(String file) {
		return name + "/src/test/resources/" + pkg.replace('.', '/') + "/" + file;
	}

	/** The classpath name of a resource of this module, as getResourceAsStream and @CsvFileSource want it. */
	String resourceName(String file) {
		return "/" + pkg.replace('.', '/') + "/" + file;
	}

	/** A group of production classes tested together (a utility class, an interface with its implementations...). */
	record Unit(String name, String kind, List<Callable> callables) {
	}

	record ConstantRef(String expression, Node node, String imported) {
	}
}
