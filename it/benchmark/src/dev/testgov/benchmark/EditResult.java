package dev.testgov.benchmark;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.testgov.benchmark.RunLog.Run;
import dev.testgov.benchmark.RunLog.Tests;

/**
 * One edit's figures: its full run (which tests fail), the oracle runs and testgov's affected runs, each timed;
 * the selection against the total and the oracle; safety misses (failing tests testgov did not run) and model
 * misses (failing tests outside the oracle: a generator bug, never testgov's).
 */
final class EditResult {
	final Map<String, Object> edit;
	final Double fullMs;
	final Double oracleMs;
	final Double affectedMs;
	final Double oracleCpuMs;
	final Double affectedCpuMs;
	final int total;
	final int failed;
	final int oracleTests;
	final int oracleExecutions;
	final int oracleRan;
	final Integer selected;
	final Integer safetyMisses;
	final int modelMisses;
	final List<String> missed;

	EditResult(Map<String, Object> edit, RunLog log, Map<String, Integer> executions) throws IOException {
		this.edit = edit;
		String id = (String) edit.get("id");
		List<Run> full = log.select("edit", id, "full");
		List<Run> oracle = log.select("edit", id, "oracle");
		List<Run> affected = log.select("edit", id, "affected");
		fullMs = RunLog.median(RunLog.walls(full));
		oracleMs = RunLog.median(RunLog.walls(oracle));
		affectedMs = RunLog.median(RunLog.walls(affected));
		oracleCpuMs = RunLog.median(RunLog.cpus(oracle));
		affectedCpuMs = RunLog.median(RunLog.cpus(affected));
		Tests fullTests = RunLog.tests(full.get(0));
		total = fullTests.ran().size();
		failed = fullTests.failed().size();
		List<Object> oracleIds = Json.list(edit.get("oracle"));
		Set<String> oracleSet = new HashSet<>();
		int sum = 0;
		for (Object o : oracleIds) {
			oracleSet.add((String) o);
			sum += executions.getOrDefault((String) o, 0);
		}
		oracleTests = oracleIds.size();
		oracleExecutions = sum;
		oracleRan = oracle.isEmpty() ? 0 : RunLog.tests(oracle.get(0)).ran().size();
		modelMisses = (int) fullTests.failed().stream().filter(t -> !oracleSet.contains(RunLog.method(t))).count();
		Integer worst = null;
		Integer chosen = null;
		List<String> missedTests = List.of();
		for (Run run : affected) {
			Tests ran = RunLog.tests(run);
			List<String> misses = fullTests.failed().stream().filter(t -> !ran.ran().contains(t)).toList();
			if (worst == null || misses.size() > worst) {
				worst = misses.size();
				missedTests = misses;
			}
			chosen = chosen == null ? ran.ran().size() : Math.max(chosen, ran.ran().size());
		}
		selected = chosen;
		safetyMisses = worst;
		missed = missedTests;
	}

	String id() {
		return (String) edit.get("id");
	}

	boolean preservesBehaviour() {
		return Boolean.TRUE.equals(edit.get("behaviourPreserving"));
	}

	static Double ratio(Double a, Double b) {
		return a == null || b == null || b == 0 ? null : a / b;
	}

	static Double ratio(Integer a, int b) {
		return a == null || b == 0 ? null : (double) a / b;
	}

	Map<String, Object> toJson(double fullMedianMs, double fullMedianCpuMs) {
		Map<String, Object> json = new LinkedHashMap<>();
		for (String key : List.of("id", "kind", "description", "target", "file")) {
			json.put(key, edit.get(key));
		}
		json.put("oracleTestMethods", oracleTests);
		json.put("oracleTestExecutions", oracleExecutions);
		json.put("oracleRunRan", oracleRan);
		json.put("totalTests", total);
		json.put("failedInFullRun", failed);
		json.put("fullRunMs", fullMs);
		json.put("oracleRunMs", oracleMs);
		json.put("affectedRunMs", affectedMs);
		json.put("oracleRunCpuMs", oracleCpuMs);
		json.put("affectedRunCpuMs", affectedCpuMs);
		json.put("selected", selected);
		json.put("endToEndRatio", ratio(affectedMs, fullMedianMs));
		json.put("oracleEndToEndRatio", ratio(oracleMs, fullMedianMs));
		json.put("affectedToOracleRatio", ratio(affectedMs, oracleMs));
		json.put("endToEndCpuRatio", ratio(affectedCpuMs, fullMedianCpuMs));
		json.put("oracleEndToEndCpuRatio", ratio(oracleCpuMs, fullMedianCpuMs));
		json.put("affectedToOracleCpuRatio", ratio(affectedCpuMs, oracleCpuMs));
		json.put("selectionRatio", ratio(selected, total));
		json.put("safetyMisses", safetyMisses);
		json.put("missedTests", missed);
		json.put("modelMisses", modelMisses);
		return json;
	}
}
