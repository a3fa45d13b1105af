package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.testgov.benchmark.ResultsReport.Metric;
import dev.testgov.benchmark.RunLog.Run;

/** The summary figures, each with its target from the issue where it has one. */
final class Metrics {
	private final RunLog log;
	private final List<EditResult> edits;
	private final double fullMs;
	private final double fullCpuMs;
	private final int fullRuns;

	Metrics(RunLog log, List<EditResult> edits, double fullMs, double fullCpuMs, int fullRuns) {
		this.log = log;
		this.edits = edits;
		this.fullMs = fullMs;
		this.fullCpuMs = fullCpuMs;
		this.fullRuns = fullRuns;
	}

	List<Metric> all() {
		List<Metric> metrics = new ArrayList<>();
		metrics.add(new Metric("fullRun", "Full run, `mvn -o -q test` (median)", fullMs, "s", null, null,
			fullRuns + " runs; CPU " + ResultsReport.format(fullCpuMs, "s"), null));
		metrics.add(overhead("recordingOverhead", "Recording overhead (recording ÷ plain)", "record", "≤ 1.10×", 1.10));
		metrics.add(overhead("floorOverhead", "JaCoCo's agent alone, as testgov attaches it (floor ÷ plain): the least a"
			+ " JaCoCo-based recording costs", "floor", null, null));
		metrics.add(overhead("leanRecordingOverhead", "Recording with the test classes left out, testgov.record.excludes"
			+ " (lean ÷ plain)", "lean", null, null));
		metrics.add(overhead("profileOverhead", "testgov profile without recording (prepare ÷ plain)", "prepare", null, null));
		metrics.add(perEdit("endToEnd", "End to end, `testgov:affected` ÷ full run (median over edits)",
			e -> EditResult.ratio(e.affectedMs, fullMs), e -> EditResult.ratio(e.affectedCpuMs, fullCpuMs), "x",
			"≤ 0.25×", 0.25, "affected"));
		metrics.add(perEdit("oracleEndToEnd", "Oracle run ÷ full run (median over edits): the best any selection can do",
			e -> EditResult.ratio(e.oracleMs, fullMs), e -> EditResult.ratio(e.oracleCpuMs, fullCpuMs), "x", null, null,
			null));
		metrics.add(perEdit("selection", "Selected ÷ all tests (median over edits)",
			e -> EditResult.ratio(e.selected, e.total), null, "%", null, null, "affected"));
		metrics.add(perEdit("oracleSelection", "Oracle ÷ all tests (median over edits)",
			e -> EditResult.ratio(e.oracleExecutions, e.total), null, "%", null, null, null));
		metrics.add(perEdit("affectedToOracle", "Affected ÷ oracle, time (median over edits)",
			e -> EditResult.ratio(e.affectedMs, e.oracleMs), e -> EditResult.ratio(e.affectedCpuMs, e.oracleCpuMs), "x",
			"≤ 1.3×", 1.3, "affected"));
		metrics.add(perEdit("affectedToOracleTests", "Affected ÷ oracle, tests run (median over edits)",
			e -> EditResult.ratio(e.selected, e.oracleExecutions), null, "x", null, null, "affected"));
		metrics.add(analysis());
		metrics.add(storeSize());
		metrics.add(safety());
		metrics.add(modelCheck());
		return metrics;
	}

	private Metric overhead(String key, String label, String variant, String target, Double limit) {
		List<Run> base = log.select("overhead", "-", "plain");
		List<Run> with = log.select("overhead", "-", variant);
		if (with.isEmpty()) {
			String why = variant.equals("prepare") ? "measured only until recording is available"
					: (variant.equals("floor") || variant.equals("lean")) && log.select("overhead", "-", "record").isEmpty()
							? "measured only with recording" : unavailable(variant);
			return new Metric(key, label, null, "x", target, limit, null, why);
		}
		double wall = RunLog.median(RunLog.walls(with)) / RunLog.median(RunLog.walls(base));
		double cpu = RunLog.median(RunLog.cpus(with)) / RunLog.median(RunLog.cpus(base));
		String detail = String.format(Locale.ROOT, "%s → %s; CPU %.2f×; %d runs each",
			ResultsReport.format(RunLog.median(RunLog.walls(base)), "s"),
			ResultsReport.format(RunLog.median(RunLog.walls(with)), "s"), cpu, with.size());
		return new Metric(key, label, wall, "x", target, limit, detail, null);
	}

	private Metric perEdit(String key, String label, Function<EditResult, Double> f, Function<EditResult, Double> cpu,
			String unit, String target, Double limit, String adapter) {
		Double value = RunLog.medianOf(ResultsReport.each(edits, f));
		if (value == null) {
			return new Metric(key, label, null, unit, target, limit, null,
				adapter == null ? "no edits measured" : unavailable(adapter));
		}
		List<Double> values = ResultsReport.each(edits, f).stream().filter(v -> v != null).sorted().toList();
		String detail = values.size() + " edits, " + ResultsReport.format(values.get(0), unit) + " to "
			+ ResultsReport.format(values.get(values.size() - 1), unit);
		Double cpuValue = cpu == null ? null : RunLog.medianOf(ResultsReport.each(edits, cpu));
		if (cpuValue != null) {
			detail += "; CPU " + ResultsReport.format(cpuValue, unit);
		}
		return new Metric(key, label, value, unit, target, limit, detail, null);
	}

	private Metric analysis() {
		String label = "Analysis only (change detection + selection), large reactor (median)";
		List<Run> runs = log.select("analysis", "E01", "analysis");
		List<Long> reported = runs.stream().map(Run::reportedMs).filter(v -> v != null).toList();
		if (reported.isEmpty()) {
			String why = log.large.isEmpty() ? "large reactor not generated (--quick or --no-large)"
				: runs.isEmpty() ? unavailable("analysis") : "the goal printed no timing the adapter could read";
			return new Metric("analysis", label, null, "ms", "≤ 300 ms", 300.0, null, why);
		}
		String detail = log.large.getProperty("testExecutions") + " tests, " + log.large.getProperty("modules")
			+ " modules; " + reported.size() + " runs; build wall " + ResultsReport.format(RunLog.median(RunLog.walls(runs)), "s");
		return new Metric("analysis", label, RunLog.median(reported), "ms", "≤ 300 ms", 300.0, detail, null);
	}

	/** The recorded stores' bytes per test, as the adapters find them: the store is meant to be committed or cached. */
	private Metric storeSize() {
		String label = "Dependency store: bytes per recorded test (all modules' stores)";
		Double perTest = perTest(log.store, "bytes");
		if (perTest == null) {
			return new Metric("storeBytesPerTest", label, null, "B", null, null, null,
				log.select("overhead", "-", "record").isEmpty() ? unavailable("record") : "no store found (store_paths)");
		}
		String detail = String.format(Locale.ROOT, "%s tests in %s stores, %s bytes; gzip %s", log.store.getProperty("tests"),
			log.store.getProperty("files"), log.store.getProperty("bytes"), ResultsReport.format(perTest(log.store, "gzipBytes"), "B"));
		Double large = perTest(log.largeStore, "bytes");
		if (large != null) {
			detail += String.format(Locale.ROOT, "; large reactor %s (%s tests; gzip %s)", ResultsReport.format(large, "B"),
				log.largeStore.getProperty("tests"), ResultsReport.format(perTest(log.largeStore, "gzipBytes"), "B"));
		}
		return new Metric("storeBytesPerTest", label, perTest, "B", null, null, detail, null);
	}

	private static Double perTest(java.util.Properties store, String key) {
		long tests = Long.parseLong(store.getProperty("tests", "0"));
		return tests == 0 ? null : Long.parseLong(store.getProperty(key, "0")) / (double) tests;
	}

	private Metric safety() {
		String label = "Safety: failing tests not selected (sum over breaking edits)";
		List<EditResult> breaking = edits.stream().filter(e -> e.failed > 0).toList();
		if (edits.stream().allMatch(e -> e.safetyMisses == null)) {
			return new Metric("safetyMisses", label, null, "count", "0", 0.0, null, unavailable("affected"));
		}
		int misses = breaking.stream().mapToInt(e -> e.safetyMisses == null ? 0 : e.safetyMisses).sum();
		int failing = breaking.stream().mapToInt(e -> e.failed).sum();
		return new Metric("safetyMisses", label, (double) misses, "count", "0", 0.0,
			breaking.size() + " breaking edits, " + failing + " failing tests", null);
	}

	/** Failing tests outside the oracle, failures after a behaviour-preserving edit, or before any edit: the generator's bugs. */
	private Metric modelCheck() {
		int outside = edits.stream().mapToInt(e -> e.modelMisses).sum();
		int preserving = edits.stream().filter(EditResult::preservesBehaviour).mapToInt(e -> e.failed).sum();
		int warmup = log.select("setup", "-", "warmup").stream().mapToInt(r -> {
			try {
				return RunLog.tests(r).failed().size();
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}).sum();
		int oracleRunMismatch = (int) edits.stream().filter(e -> e.oracleRan != e.oracleExecutions).count();
		String detail = outside + " failing outside the oracle, " + preserving + " failing after behaviour-preserving edits, "
			+ warmup + " failing before any edit, " + oracleRunMismatch + " oracle runs not running exactly the oracle";
		return new Metric("modelCheck", "Model check (a generator bug if not 0)",
			(double) (outside + preserving + warmup + oracleRunMismatch), "count", "0", 0.0, detail, null);
	}

	private String unavailable(String adapter) {
		RunLog.Adapter a = log.adapters.get(adapter);
		return a == null ? "not measured" : a.detail();
	}
}
