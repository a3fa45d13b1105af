package dev.testgov.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

/** What run.sh recorded: every timed build (runs.tsv) with the tests it ran, the adapters, the environment. */
final class RunLog {

	/** One timed build; {@code reportedMs} is the analysis time the goal printed, or null. */
	record Run(String phase, String edit, String variant, int repeat, long wallMs, long cpuMs, int exit, Path tests,
			Long reportedMs) {
	}

	/** The test executions a build ran and those that failed, as {@code class#name} of Surefire's testcases. */
	record Tests(Set<String> ran, Set<String> failed) {
	}

	record Adapter(boolean available, String detail) {
	}

	final List<Run> runs = new ArrayList<>();
	final Map<String, Adapter> adapters = new LinkedHashMap<>();
	final Properties env;
	final Properties project;
	final Properties large;
	/** The measured project's recorded stores (files, tests, bytes, gzipBytes), after its last recording run. */
	final Properties store;
	final Properties largeStore;
	private final Path work;

	RunLog(Path work) throws IOException {
		this.work = work;
		List<String> lines = Files.readAllLines(work.resolve("runs.tsv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split("\t", -1);
			runs.add(new Run(f[0], f[1], f[2], Integer.parseInt(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]),
				Integer.parseInt(f[6]), work.resolve(f[7]), f[8].equals("-") ? null : Long.parseLong(f[8])));
		}
		List<String> adapterLines = Files.readAllLines(work.resolve("adapters.tsv"));
		for (String line : adapterLines.subList(1, adapterLines.size())) {
			String[] f = line.split("\t", 3);
			adapters.put(f[0], new Adapter(f[1].equals("yes"), f.length > 2 ? f[2] : ""));
		}
		env = properties("env.properties");
		project = properties("project.properties");
		large = properties("large.properties");
		store = properties("store.properties");
		largeStore = properties("large-store.properties");
	}

	private Properties properties(String name) throws IOException {
		Properties p = new Properties();
		Path file = work.resolve(name);
		if (Files.exists(file)) {
			try (var in = Files.newBufferedReader(file)) {
				p.load(in);
			}
		}
		return p;
	}

	List<Run> select(Predicate<Run> filter) {
		return runs.stream().filter(filter).toList();
	}

	List<Run> select(String phase, String edit, String variant) {
		return select(r -> r.phase.equals(phase) && r.edit.equals(edit) && r.variant.equals(variant));
	}

	static Tests tests(Run run) throws IOException {
		Set<String> ran = new LinkedHashSet<>();
		Set<String> failed = new LinkedHashSet<>();
		for (String line : Files.readAllLines(run.tests())) {
			String[] f = line.split("\t", 2);
			ran.add(f[1]);
			if (f[0].equals("fail") || f[0].equals("error")) {
				failed.add(f[1]);
			}
		}
		return new Tests(ran, failed);
	}

	/** The test method a Surefire testcase belongs to: {@code p.ATest#csv(int, int)[2]} is {@code p.ATest#csv}. */
	static String method(String testcase) {
		int hash = testcase.indexOf('#');
		String name = testcase.substring(hash + 1);
		int cut = name.length();
		for (char c : new char[] {'(', '['}) {
			int at = name.indexOf(c);
			if (at >= 0) {
				cut = Math.min(cut, at);
			}
		}
		return testcase.substring(0, hash + 1) + name.substring(0, cut);
	}

	static Double median(List<Long> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
	}

	static Double medianOf(List<Double> values) {
		List<Double> present = values.stream().filter(v -> v != null).sorted().toList();
		if (present.isEmpty()) {
			return null;
		}
		int n = present.size();
		return n % 2 == 1 ? present.get(n / 2) : (present.get(n / 2 - 1) + present.get(n / 2)) / 2;
	}

	static List<Long> walls(List<Run> runs) {
		return runs.stream().map(Run::wallMs).toList();
	}

	static List<Long> cpus(List<Run> runs) {
		return runs.stream().map(Run::cpuMs).toList();
	}
}
