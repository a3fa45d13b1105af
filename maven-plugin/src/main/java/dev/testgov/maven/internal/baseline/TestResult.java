package dev.testgov.maven.internal.baseline;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One test as a run saw it, or as the baseline remembers it. Its identity is the JUnit unique id; the class,
 * method and display name let a check recognise a test that moved to another package, and {@code body} (a
 * hash of the method's normalised bytecode) one that was renamed.
 *
 * @param id the JUnit unique id
 * @param className the class declaring the test, nested classes with {@code $}
 * @param method the test method's name, or {@code null} for a test without a method source
 * @param displayName JUnit's display name, e.g. {@code addsVat()} or {@code [1] 2, 3}
 * @param status what happened
 * @param gate the gate's tag when a gate skipped or (in strict mode) failed it
 * @param reason why it was skipped, aborted or failed, in one line
 * @param tags the JUnit tags, sorted
 * @param categories the testgov categories, sorted; empty when uncategorised
 * @param durationMillis how long it ran
 * @param body the hash of the method's normalised bytecode, or {@code null} when the class file was not found
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "id", "class", "method", "displayName", "status", "gate", "reason", "tags", "categories",
		"durationMillis", "body" })
public record TestResult(String id, @JsonProperty("class") String className, String method, String displayName,
		TestStatus status, String gate, String reason, List<String> tags, List<String> categories,
		@JsonInclude(JsonInclude.Include.ALWAYS) long durationMillis, String body) {

	private static final String DEFAULT_PACKAGE = "(default package)";

	public TestResult {
		tags = tags == null ? List.of() : List.copyOf(tags);
		categories = categories == null ? List.of() : List.copyOf(categories);
	}

	/** {@code com.acme.PriceTest#addsVat}, with the display name when it says more than the method's name. */
	@JsonIgnore
	public String label() {
		String name = className == null ? id : className;
		if (method == null) {
			return name;
		}
		String label = name + "#" + method;
		return displayName == null || displayName.startsWith(method + "(") ? label : label + " " + displayName;
	}

	/** The class name without its package, nested classes kept: {@code PriceTest$Gross}. */
	@JsonIgnore
	public String simpleClassName() {
		String name = className == null ? id : className;
		return name.substring(name.lastIndexOf('.') + 1);
	}

	/** The top-level class, the unit a source file holds: nested classes count with their outer class. */
	@JsonIgnore
	public String topLevelClass() {
		String name = className == null ? id : className;
		int nested = name.indexOf('$');
		return nested < 0 ? name : name.substring(0, nested);
	}

	/** The package, which is the test's folder under {@code src/test/java}. */
	@JsonIgnore
	public String packageName() {
		String top = topLevelClass();
		int dot = top.lastIndexOf('.');
		return className == null || dot < 0 ? DEFAULT_PACKAGE : top.substring(0, dot);
	}

	/** The display name when it carries information of its own, else empty: {@code addsVat()} says nothing more. */
	@JsonIgnore
	public String ownDisplayName() {
		return displayName == null || method != null && displayName.startsWith(method + "(") ? "" : displayName;
	}

	public TestResult withStatus(TestStatus newStatus, String newGate, String newReason) {
		return new TestResult(id, className, method, displayName, newStatus, newGate, newReason, tags, categories,
			durationMillis, body);
	}

	public TestResult withDurationMillis(long millis) {
		return new TestResult(id, className, method, displayName, status, gate, reason, tags, categories, millis, body);
	}

	public TestResult withBody(String hash) {
		return new TestResult(id, className, method, displayName, status, gate, reason, tags, categories,
			durationMillis, hash);
	}
}
