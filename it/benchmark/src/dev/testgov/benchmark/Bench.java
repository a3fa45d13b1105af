package dev.testgov.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's Java side, one subcommand per job; run.sh drives it. Run without arguments for usage.
 */
public final class Bench {
	private static final String USAGE = """
			usage: java -cp it/benchmark/target/classes dev.testgov.benchmark.Bench <command> [options]
			  generate --out DIR [--model DIR] [--seed N] [--size tiny|small|default|large] [--modules M] [--classes C]
			           [--tests T] [--sleep-ms S] [--edits K] [--testgov-version V] [--testgov-profile FILE]
			  edits    --model DIR                       list the edits: id, kind, oracle size, description
			  edit     --project DIR --model DIR --apply ID | --revert ID | --revert-all true
			  oracle   --model DIR --edit ID             the -Dtest filter that runs exactly the edit's oracle
			  reports  --project DIR --out FILE          the tests the last build ran, from Surefire's XML reports
			  report   --work DIR                        results.md and results.json from a harness run
			""";

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.print(USAGE);
			System.exit(2);
		}
		Map<String, String> options = options(List.of(args).subList(1, args.length));
		try {
			switch (args[0]) {
				case "generate" -> generate(options);
				case "edits" -> Edits.list(path(options, "model"));
				case "edit" -> Edits.edit(path(options, "project"), path(options, "model"), options);
				case "oracle" -> Edits.oracle(path(options, "model"), required(options, "edit"));
				case "reports" -> SurefireReports.collect(path(options, "project"), path(options, "out"));
				case "report" -> new ResultsReport(path(options, "work")).write();
				default -> {
					System.err.print(USAGE);
					System.exit(2);
				}
			}
		} catch (IllegalArgumentException | IllegalStateException e) {
			System.err.println("bench " + args[0] + ": " + e.getMessage());
			System.exit(1);
		}
	}

	private static void generate(Map<String, String> options) throws Exception {
		long started = System.nanoTime();
		Generator.Size preset = Generator.Size.preset(options.getOrDefault("size", "default"));
		Generator.Size size = new Generator.Size(number(options, "modules", preset.modules()),
			number(options, "classes", preset.classes()), number(options, "tests", preset.tests()),
			number(options, "sleep-ms", preset.sleepMillis()));
		long seed = Long.parseLong(options.getOrDefault("seed", "42"));
		Path out = path(options, "out");
		Path model = options.containsKey("model") ? Path.of(options.get("model")) : Path.of(out + ".model");
		String profile = Files.readString(profileTemplate(options))
			.replace("@testgov.version@", options.getOrDefault("testgov-version", "0.1.0-SNAPSHOT"));
		Map<String, Object> counts = new Generator(seed, size).generate(out, model,
			profile, number(options, "edits", 10));
		long millis = (System.nanoTime() - started) / 1_000_000;
		StringBuilder summary = new StringBuilder("generationMillis=" + millis + "\n");
		counts.forEach((k, v) -> summary.append(k).append('=').append(v).append('\n'));
		Files.writeString(model.resolve("summary.properties"), summary);
		System.out.printf("generated %s (seed %d): %s modules, %s production classes, %s test methods, %s test executions"
			+ " in %d ms; model in %s%n", out, seed, counts.get("modules"), counts.get("productionClasses"),
			counts.get("testMethods"), counts.get("testExecutions"), millis, model);
	}

	/** testgov-profile.xml beside the compiled classes' benchmark directory, unless --testgov-profile names one. */
	private static Path profileTemplate(Map<String, String> options) throws Exception {
		if (options.containsKey("testgov-profile")) {
			return Path.of(options.get("testgov-profile"));
		}
		Path classes = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Path template = classes.getParent().getParent().resolve("testgov-profile.xml");
		if (!Files.exists(template)) {
			throw new IllegalArgumentException("no testgov profile template at [" + template + "]; pass --testgov-profile FILE");
		}
		return template;
	}

	private static Map<String, String> options(List<String> args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--") || i + 1 >= args.size()) {
				throw new IllegalArgumentException("expected --option value, got [" + arg + "]");
			}
			options.put(arg.substring(2), args.get(++i));
		}
		return options;
	}

	static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("missing --" + name);
		}
		return value;
	}

	static Path path(Map<String, String> options, String name) {
		return Path.of(required(options, name));
	}

	private static int number(Map<String, String> options, String name, int fallback) {
		return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
	}
}
