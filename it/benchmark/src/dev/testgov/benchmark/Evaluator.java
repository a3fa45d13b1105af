package dev.testgov.benchmark;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.testgov.benchmark.TestClassSpec.Check;
import dev.testgov.benchmark.TestClassSpec.Kind;
import dev.testgov.benchmark.TestClassSpec.Method;

/**
 * Computes what every check's expected value is by running the generated production code: compiles it with one
 * small evaluation class per test class into a scratch directory, loads it and calls each check. The tests then
 * assert exactly these values, so any change in behaviour fails the tests that see it.
 */
final class Evaluator {
	private static final String PKG = "bench.eval";

	void evaluate(Path project, List<ModuleSpec> modules, List<TestClassSpec> classes)
			throws IOException, ClassNotFoundException {
		Path scratch = Files.createTempDirectory("bench-eval");
		try {
			List<Path> sources = new ArrayList<>();
			for (ModuleSpec module : modules) {
				for (SourceFile file : module.mainFiles) {
					if (file.path().endsWith(".java")) {
						sources.add(project.resolve(file.path()));
					}
				}
			}
			List<List<Check>> checksByClass = new ArrayList<>();
			for (int i = 0; i < classes.size(); i++) {
				List<Check> checks = new ArrayList<>();
				Path source = scratch.resolve("src/Eval" + i + ".java");
				Files.createDirectories(source.getParent());
				Files.writeString(source, evaluationClass(i, classes.get(i), checks));
				sources.add(source);
				checksByClass.add(checks);
			}
			Path classesDir = scratch.resolve("classes");
			compile(sources, classesDir);
			run(project, modules, classesDir, checksByClass);
		} finally {
			try (Stream<Path> walk = Files.walk(scratch)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private String evaluationClass(int index, TestClassSpec spec, List<Check> checks) {
		Set<String> imports = new TreeSet<>();
		StringBuilder body = new StringBuilder("public final class Eval" + index + " {\n");
		String setup = "";
		if (spec.fixture != null) {
			setup = "        int offset = " + spec.fixture.expression() + ";\n";
			imports.addAll(spec.fixture.callable().imports());
		}
		for (Method method : spec.methods()) {
			for (Check check : method.checks) {
				imports.addAll(check.callable().imports());
				body.append("\n    public static Object c").append(checks.size()).append("() {\n").append(setup);
				if (method.kind == Kind.STRESS) {
					body.append(check.stressLoop()).append("        return total;\n    }\n");
				} else {
					body.append("        return ").append(check.call(Integer.toString(check.argument))).append(";\n    }\n");
				}
				checks.add(check);
			}
		}
		return JavaFile.of(PKG, imports, body.append("}\n").toString());
	}

	private void compile(List<Path> sources, Path classesDir) throws IOException {
		Files.createDirectories(classesDir);
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		if (javac == null) {
			throw new IllegalStateException("no Java compiler: run the generator with a JDK, not a JRE");
		}
		List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn", "-encoding", "UTF-8",
			"-d", classesDir.toString()));
		sources.forEach(s -> args.add(s.toString()));
		int status = javac.run(null, null, System.err, args.toArray(String[]::new));
		if (status != 0) {
			throw new IllegalStateException("the generated code does not compile (a generator bug); see the errors above");
		}
	}

	private void run(Path project, List<ModuleSpec> modules, Path classesDir, List<List<Check>> checksByClass)
			throws IOException, ClassNotFoundException {
		List<URL> path = new ArrayList<>();
		path.add(classesDir.toUri().toURL());
		for (ModuleSpec module : modules) {
			path.add(project.resolve(module.name + "/src/main/resources").toUri().toURL());
		}
		try (URLClassLoader loader = new URLClassLoader(path.toArray(URL[]::new), getClass().getClassLoader())) {
			for (int i = 0; i < checksByClass.size(); i++) {
				Class<?> eval = loader.loadClass(PKG + ".Eval" + i);
				List<Check> checks = checksByClass.get(i);
				for (int c = 0; c < checks.size(); c++) {
					checks.get(c).value = invoke(eval, "c" + c);
				}
			}
		}
	}

	private static Object invoke(Class<?> eval, String name) {
		try {
			return eval.getMethod(name).invoke(null);
		} catch (InvocationTargetException e) {
			throw new IllegalStateException(eval.getName() + "." + name + " threw (a generator bug)", e.getCause());
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}
}
