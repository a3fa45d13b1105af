package dev.testgov.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

import dev.testgov.benchmark.ResultsReport.Metric;

/** results.md: the summary table first, then each edit, the generated projects and the machine. */
final class ResultsMarkdown {
	private final RunLog log;
	private final List<EditResult> edits;
	private final List<Metric> metrics;
	private final StringBuilder out = new StringBuilder();

	ResultsMarkdown(RunLog log, List<EditResult> edits, List<Metric> metrics) {
		this.log = log;
		this.edits = edits;
		this.metrics = metrics;
	}

	String render() {
		Properties env = log.env;
		out.append("# testgov benchmark results\n\n");
		out.append(String.format(Locale.ROOT, "`%s` — %s cores, %s, %s, %s; seed %s, %s edits, %s repeats; %s.%n%n",
			env.getProperty("command"), env.getProperty("cores"), env.getProperty("jdk"), env.getProperty("maven"),
			env.getProperty("date"), env.getProperty("seed"), env.getProperty("edits"), env.getProperty("repeat"),
			minutes(env.getProperty("wallSeconds"))));
		String adapters = env.getProperty("adapters", "it/benchmark/adapters.sh");
		if (!adapters.equals("it/benchmark/adapters.sh")) {
			out.append("**Adapters from `").append(adapters).append("`, not `it/benchmark/adapters.sh`: the testgov figures ")
				.append("below do not measure testgov.**\n\n");
		}
		out.append("| Metric | Measured | Target | Met? |\n|---|---|---|---|\n");
		for (Metric m : metrics) {
			out.append("| ").append(m.label()).append(" | ").append(m.measured()).append(" | ")
				.append(m.target() == null ? "—" : m.target()).append(" | ").append(m.met()).append(" |\n");
		}
		out.append("\nTimes are wall-clock medians of whole Maven builds (`mvn -o -q`, everything compiled beforehand); ")
			.append("ratios are of medians. The oracle runs exactly the tests that execute the edited code ")
			.append("(`-Dtest=...`, from the generator's model). Which tests ran is read from Surefire's XML reports. ")
			.append("CPU is user + system time of the build and its test JVMs: steadier than wall-clock time when other ")
			.append("work shares the machine.\n");
		failedBuilds();
		edits();
		projects();
		environment();
		return out.toString();
	}

	/** Tests failing never fail a build here (maven.test.failure.ignore), so a non-zero exit is a broken build. */
	private void failedBuilds() {
		List<RunLog.Run> failed = log.select(r -> r.exit() != 0);
		if (failed.isEmpty()) {
			out.append("\nAll ").append(log.runs.size()).append(" timed builds exited 0.\n");
			return;
		}
		out.append("\n**").append(failed.size()).append(" of ").append(log.runs.size())
			.append(" timed builds failed** (their times are in the medians; see their logs): ");
		failed.forEach(r -> out.append('`').append(r.tests().getFileName().toString().replace(".tsv", ".log")).append("` "));
		out.append('\n');
	}

	private void edits() {
		out.append("\n## Edits\n\n| Edit | Kind | Change | Oracle (methods / runs) | Failed in full run | Full | Oracle | "
			+ "Affected | Selected | Misses |\n|---|---|---|---|---|---|---|---|---|---|\n");
		for (EditResult e : edits) {
			out.append(String.format(Locale.ROOT, "| %s | %s | %s | %d / %d | %d | %s | %s | %s | %s | %s |%n", e.id(),
				e.edit.get("kind"), e.edit.get("description"), e.oracleTests, e.oracleExecutions, e.failed,
				seconds(e.fullMs), seconds(e.oracleMs), seconds(e.affectedMs),
				e.selected == null ? "n/a" : e.selected + " of " + e.total,
				e.safetyMisses == null ? "n/a" : e.safetyMisses.toString()));
		}
	}

	private void projects() {
		Properties p = log.project;
		Properties l = log.large;
		out.append("\n## Generated projects\n\n| | Measured project (`--size ").append(log.env.getProperty("size"))
			.append("`) | Large reactor (analysis only) |\n|---|---|---|\n");
		String[][] rows = {{"Modules (dependency edges)", "modules", "moduleDependencies"},
			{"Production classes / methods", "productionClasses", "productionMethods"},
			{"Production lines / main resources", "productionLines", "mainResources"},
			{"Test classes / @Nested classes", "testClasses", "nestedTestClasses"},
			{"Test methods / executions", "testMethods", "testExecutions"},
			{"Parameterized (CSV / values / CSV file)", "testMethods.csv", "testMethods.values", "testMethods.csv_file"},
			{"Reading resources (CSV file / golden file)", "testMethods.csv_file", "testMethods.golden"},
			{"Slow tests / their sleeps in ms", "slowTests", "slowTestsSleepMillis"},
			{"Classes with @BeforeAll / stress tests", "testClassesWithBeforeAll", "testMethods.stress"},
			{"Generation time (ms)", "generationMillis"}};
		for (String[] row : rows) {
			out.append("| ").append(row[0]).append(" | ").append(values(p, row)).append(" | ")
				.append(l.isEmpty() ? "not generated" : values(l, row)).append(" |\n");
		}
	}

	private static String values(Properties p, String[] row) {
		StringBuilder v = new StringBuilder();
		for (int i = 1; i < row.length; i++) {
			v.append(i > 1 ? " / " : "").append(p.getProperty(row[i], "?"));
		}
		return v.toString();
	}

	private void environment() {
		Properties env = log.env;
		out.append("\n## Machine and run\n\n");
		out.append("- Cores (`nproc`): ").append(env.getProperty("cores")).append('\n');
		out.append("- JDK: ").append(env.getProperty("jdk")).append(", ").append(env.getProperty("jdkRuntime")).append('\n');
		out.append("- Maven: ").append(env.getProperty("maven")).append(" (the repository's wrapper)\n");
		out.append("- OS: ").append(env.getProperty("os")).append('\n');
		out.append("- Load average at start / end: ").append(env.getProperty("loadAverageStart")).append(" / ")
			.append(env.getProperty("loadAverageEnd")).append('\n');
		out.append("- testgov: ").append(env.getProperty("testgovVersion")).append(" at ")
			.append(env.getProperty("testgovCommit")).append('\n');
		out.append("- Seed ").append(env.getProperty("seed")).append(", size ").append(env.getProperty("size"))
			.append(", ").append(env.getProperty("edits")).append(" edits, ").append(env.getProperty("repeat"))
			.append(" repeats, mode ").append(env.getProperty("mode")).append(", date ").append(env.getProperty("date")).append('\n');
		out.append("- Adapters: ");
		log.adapters.forEach((name, a) -> out.append(name).append(a.available() ? " yes" : " no").append("; "));
		out.setLength(out.length() - 2);
		out.append("\n- Every build: `runs.tsv` (wall and CPU ms, exit code), its log in `logs/`, its tests in `tests/`\n");
	}

	private static String seconds(Double ms) {
		return ms == null ? "n/a" : String.format(Locale.ROOT, "%.1f s", ms / 1000);
	}

	private static String minutes(String seconds) {
		int s = Integer.parseInt(seconds);
		return String.format(Locale.ROOT, "%d min %02d s in all", s / 60, s % 60);
	}
}
