package dev.testgov.maven.internal.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.testgov.maven.internal.baseline.Analysis;
import dev.testgov.maven.internal.baseline.Drift;
import dev.testgov.maven.internal.baseline.DriftKind;
import dev.testgov.maven.internal.baseline.JsonFiles;
import dev.testgov.maven.internal.baseline.Thresholds;

/**
 * {@code report.json}, format {@value #FORMAT} version {@value #VERSION}: the numbers of {@code report.html} for
 * tools. The project's status and summary, the thresholds, then per module its summary, its baseline's summary
 * and environment, the drift with counts per kind and which kinds fail the check, and every test.
 */
public final class JsonReport {

	public static final String FORMAT = "testgov-report";
	public static final int VERSION = 1;

	private JsonReport() {
	}

	public static Map<String, Object> toJson(ReportModel model) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("format", FORMAT);
		json.put("version", VERSION);
		json.put("project", model.title());
		json.put("aggregate", model.aggregate());
		json.put("status", HtmlReport.status(model));
		json.put("summary", model.total());
		json.put("thresholds", thresholds(model.thresholds()));
		List<Map<String, Object>> modules = new ArrayList<>();
		model.modules().forEach(module -> modules.add(module(module, model.thresholds())));
		json.put("modules", modules);
		return json;
	}

	private static Map<String, Object> thresholds(Thresholds thresholds) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("failOn", keys(thresholds.failOn()));
		json.put("maxExecutedDropPercent", thresholds.maxExecutedDropPercent());
		json.put("slowTestMillis", thresholds.slowTestMillis());
		json.put("slowdownFactor", thresholds.slowdownFactor());
		json.put("slowdownMinMillis", thresholds.slowdownMinMillis());
		return json;
	}

	private static List<String> keys(Collection<DriftKind> kinds) {
		return kinds.stream().sorted().map(DriftKind::key).collect(Collectors.toList());
	}

	private static Map<String, Object> module(ReportModel.Module module, Thresholds thresholds) {
		Analysis analysis = module.analysis();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("project", analysis.project());
		json.put("baselineFile", module.baselineFile());
		json.put("summary", analysis.summary());
		json.put("environment", analysis.environment());
		json.put("selection", analysis.selection());
		json.put("notes", analysis.run().notes());
		analysis.baseline().ifPresent(baseline -> {
			Map<String, Object> recorded = new LinkedHashMap<>();
			recorded.put("summary", baseline.summary());
			recorded.put("environment", baseline.environment());
			json.put("baseline", recorded);
		});
		analysis.drift().ifPresent(drift -> json.put("drift", drift(drift, thresholds)));
		json.put("tests", analysis.tests().stream().map(JsonFiles.OneLine::new).collect(Collectors.toList()));
		return json;
	}

	private static Map<String, Object> drift(Drift drift, Thresholds thresholds) {
		Map<String, Object> json = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (DriftKind kind : DriftKind.values()) {
			counts.put(kind.key(), drift.count(kind));
		}
		json.put("counts", counts);
		json.put("failing", keys(drift.failing(thresholds)));
		json.put("findings", drift);
		return json;
	}
}
