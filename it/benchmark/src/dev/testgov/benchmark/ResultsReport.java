package dev.testgov.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import dev.testgov.benchmark.RunLog.Run;

/** Turns a harness run into results.md (metric, measured, target, met?) and results.json. */
final class ResultsReport {
	private final Path work;

	ResultsReport(Path work) {
		this.work = work;
	}

	/** A row of the summary; {@code limit} is the target's upper bound, null for figures without a target. */
	record Metric(String key, String label, Double value, String unit, String target, Double limit, String detail,
			String unavailable) {

		String measured() {
			if (value == null) {
				return "n/a (" + unavailable + ")";
			}
			return format(value, unit) + (detail == null ? "" : " (" + detail + ")");
		}

		String met() {
			return value == null ? (limit == null ? "—" : "n/a") : limit == null ? "—" : value <= limit ? "yes" : "**no**";
		}
	}

	void write() throws IOException {
		RunLog log = new RunLog(work);
		Path model = Path.of(log.env.getProperty("model"));
		Map<String, Integer> executions = executions(model);
		List<EditResult> edits = new ArrayList<>();
		for (Object o : Edits.all(model)) {
			Map<String, Object> edit = Json.map(o);
			if (!log.select("edit", (String) edit.get("id"), "full").isEmpty()) {
				edits.add(new EditResult(edit, log, executions));
			}
		}
		List<Run> fullRuns = log.select(r -> r.variant().equals("plain") || r.variant().equals("full"));
		double fullMs = RunLog.median(RunLog.walls(fullRuns));
		double fullCpuMs = RunLog.median(RunLog.cpus(fullRuns));
		List<Metric> metrics = new Metrics(log, edits, fullMs, fullCpuMs, fullRuns.size()).all();
		Files.writeString(work.resolve("results.md"), new ResultsMarkdown(log, edits, metrics).render());
		Files.writeString(work.resolve("results.json"), Json.write(json(log, edits, metrics, fullMs, fullCpuMs)));
	}

	private static Map<String, Integer> executions(Path model) throws IOException {
		Map<String, Integer> executions = new HashMap<>();
		Map<String, Object> json = Json.map(Json.parse(Files.readString(model.resolve("model.json"))));
		for (Object t : Json.list(json.get("tests"))) {
			Map<String, Object> test = Json.map(t);
			executions.put((String) test.get("id"), ((Long) test.get("executions")).intValue());
		}
		return executions;
	}

	private Map<String, Object> json(RunLog log, List<EditResult> edits, List<Metric> metrics, double fullMs,
			double fullCpuMs) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("command", log.env.getProperty("command"));
		json.put("environment", asMap(log.env));
		json.put("project", asMap(log.project));
		json.put("largeProject", asMap(log.large));
		Map<String, Object> adapters = new LinkedHashMap<>();
		log.adapters.forEach((name, a) -> adapters.put(name, Map.of("available", a.available(), "detail", a.detail())));
		json.put("adapters", adapters);
		List<Object> rows = new ArrayList<>();
		for (Metric m : metrics) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("key", m.key());
			row.put("label", m.label());
			row.put("value", m.value());
			row.put("unit", m.unit());
			row.put("target", m.target());
			row.put("met", m.value() == null || m.limit() == null ? null : m.value() <= m.limit());
			row.put("detail", m.value() == null ? m.unavailable() : m.detail());
			rows.add(row);
		}
		json.put("metrics", rows);
		json.put("fullRunMedianMs", fullMs);
		json.put("fullRunMedianCpuMs", fullCpuMs);
		json.put("edits", edits.stream().map(e -> (Object) e.toJson(fullMs, fullCpuMs)).toList());
		json.put("runs", log.runs.stream().map(r -> (Object) run(r)).toList());
		return json;
	}

	private Map<String, Object> run(Run r) {
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("phase", r.phase());
		run.put("edit", r.edit());
		run.put("variant", r.variant());
		run.put("repeat", r.repeat());
		run.put("wallMs", r.wallMs());
		run.put("cpuMs", r.cpuMs());
		run.put("exit", r.exit());
		run.put("tests", work.relativize(r.tests()).toString());
		run.put("reportedMs", r.reportedMs());
		return run;
	}

	private static Map<String, Object> asMap(Properties p) {
		Map<String, Object> map = new LinkedHashMap<>();
		p.stringPropertyNames().stream().sorted().forEach(k -> map.put(k, p.getProperty(k)));
		return map;
	}

	static String format(double value, String unit) {
		return switch (unit) {
			case "x" -> String.format(Locale.ROOT, "%.2f×", value);
			case "%" -> String.format(Locale.ROOT, value < 0.01 ? "%.2f %%" : "%.1f %%", value * 100);
			case "ms" -> String.format(Locale.ROOT, "%.0f ms", value);
			case "s" -> String.format(Locale.ROOT, "%.1f s", value / 1000);
			case "B" -> String.format(Locale.ROOT, "%.0f B", value);
			default -> String.format(Locale.ROOT, "%.0f", value);
		};
	}

	static List<Double> each(List<EditResult> edits, Function<EditResult, Double> f) {
		return edits.stream().map(f).toList();
	}
}
