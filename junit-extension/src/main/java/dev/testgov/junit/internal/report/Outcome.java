package dev.testgov.junit.internal.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.testgov.junit.Gate;
import dev.testgov.junit.GateClosedException;
import dev.testgov.junit.GateConfigurationException;
import dev.testgov.junit.internal.Causes;
import dev.testgov.junit.internal.Reasons;
import dev.testgov.junit.internal.categories.CategoryFilter;
import dev.testgov.junit.internal.categories.CategoryRules;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;

/** What happened to one test, in Surefire's vocabulary, with the gate and reason behind it. */
final class Outcome {

	enum Status {
		PASSED, FAILED, ERRORED, SKIPPED, ABORTED
	}

	private final TestIdentifier test;
	private final Status status;
	private final String reason;
	private final Gate gate;
	private final boolean strict;
	private final boolean misconfigured;
	private final long durationMillis;
	private final String via;

	private Outcome(TestIdentifier test, Status status, String reason, Gate gate, boolean strict, boolean misconfigured,
			long durationMillis, String via) {
		this.test = test;
		this.status = status;
		this.reason = reason;
		this.gate = gate;
		this.strict = strict;
		this.misconfigured = misconfigured;
		this.durationMillis = durationMillis;
		this.via = via;
	}

	static Outcome skipped(TestIdentifier test, String reason, String via) {
		return new Outcome(test, Status.SKIPPED, reason, Gate.ofReason(reason).orElse(null), false, false, 0, via);
	}

	static Outcome finished(TestIdentifier test, TestExecutionResult result, long durationMillis, String via) {
		Optional<Throwable> thrown = result.getThrowable();
		switch (result.getStatus()) {
			case SUCCESSFUL:
				return new Outcome(test, Status.PASSED, null, null, false, false, durationMillis, via);
			case ABORTED:
				String reason = thrown.map(Throwable::getMessage).map(Reasons::firstLine).orElse("aborted");
				return new Outcome(test, Status.ABORTED, reason, Gate.ofReason(reason).orElse(null), false, false,
					durationMillis, via);
			default:
				return failed(test, thrown.orElse(null), durationMillis, via);
		}
	}

	private static Outcome failed(TestIdentifier test, Throwable thrown, long durationMillis, String via) {
		Status status = thrown instanceof AssertionError ? Status.FAILED : Status.ERRORED;
		for (Throwable cause : thrown == null ? List.<Throwable> of() : Causes.chain(thrown)) {
			if (cause instanceof GateClosedException) {
				return new Outcome(test, status, cause.getMessage(), ((GateClosedException) cause).gate(), true, false,
					durationMillis, via);
			}
			if (cause instanceof GateConfigurationException) {
				return new Outcome(test, status, cause.getMessage(), null, false, true, durationMillis, via);
			}
		}
		String reason = thrown == null ? "failed" : Reasons.firstLine(thrown.toString());
		return new Outcome(test, status, reason, null, false, false, durationMillis, via);
	}

	Status status() {
		return status;
	}

	String reason() {
		return reason;
	}

	Optional<Gate> gate() {
		return Optional.ofNullable(gate);
	}

	boolean isStrictFailure() {
		return strict;
	}

	boolean isMisconfiguration() {
		return misconfigured;
	}

	long durationMillis() {
		return durationMillis;
	}

	String id() {
		return test.getUniqueId();
	}

	/** The outcome as a JSON object, keys in a fixed order; {@code categories} as the rules resolve them. */
	Map<String, Object> toJson(CategoryRules categories) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", test.getUniqueId());
		test.getSource().ifPresent(source -> {
			if (source instanceof MethodSource) {
				json.put("class", ((MethodSource) source).getClassName());
				json.put("method", ((MethodSource) source).getMethodName());
			}
			else if (source instanceof ClassSource) {
				json.put("class", ((ClassSource) source).getClassName());
			}
		});
		json.put("displayName", test.getDisplayName());
		json.put("legacyName", test.getLegacyReportingName());
		json.put("tags", test.getTags().stream().map(TestTag::getName).sorted().collect(Collectors.toList()));
		json.put("categories", CategoryFilter.className(test.getSource())
			.map(className -> List.copyOf(categories.categoriesOf(className)))
			.orElse(List.of()));
		json.put("status", status.name());
		putIfPresent(json, "gate", gate == null ? null : gate.tag());
		putIfPresent(json, "reason", reason);
		if (strict) {
			json.put("strict", true);
		}
		if (misconfigured) {
			json.put("misconfigured", true);
		}
		if (!test.isTest()) {
			json.put("container", true);
		}
		putIfPresent(json, "via", via);
		json.put("durationMillis", durationMillis);
		return json;
	}

	private static void putIfPresent(Map<String, Object> json, String key, Object value) {
		if (value != null) {
			json.put(key, value);
		}
	}
}
