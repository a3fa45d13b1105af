package dev.testgov.maven.internal.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What an audit found: the findings, and how many test classes and tests it looked at. */
public final class AuditResult {

	private final List<Finding> findings;
	private final int testClasses;
	private final int tests;

	AuditResult(List<Finding> findings, int testClasses, int tests) {
		this.findings = findings.stream().sorted(Auditor.order()).collect(Collectors.toUnmodifiableList());
		this.testClasses = testClasses;
		this.tests = tests;
	}

	public boolean isClean() {
		return findings.isEmpty();
	}

	/** One line per finding, sorted by class and test. */
	public List<String> findings() {
		return findings.stream().map(Finding::message).collect(Collectors.toList());
	}

	/** The closing line: what was scanned and, when something was found, the counts by kind. */
	public String summary() {
		if (findings.isEmpty()) {
			return String.format(AuditMessages.CLEAN, testClasses, tests);
		}
		Map<Usage, Long> counts = new EnumMap<>(Usage.class);
		for (Usage usage : Usage.values()) {
			counts.put(usage, findings.stream().filter(finding -> finding.usage() == usage).count());
		}
		String byKind = counts.entrySet().stream()
			.map(entry -> entry.getKey().label() + " " + entry.getValue())
			.collect(Collectors.joining(", "));
		return String.format(AuditMessages.SUMMARY, testClasses, tests, findings.size(), byKind);
	}
}
