package dev.testgov.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * A gate set of the project's own, declared in the plugin configuration and chosen with
 * {@code -Dtestgov.gates=<name>}:
 *
 * <pre>
 * &lt;gateSets&gt;
 *   &lt;gateSet&gt;
 *     &lt;name&gt;nightly&lt;/name&gt;
 *     &lt;excludeTags&gt;
 *       &lt;excludeTag&gt;live_api&lt;/excludeTag&gt;
 *       &lt;excludeTag&gt;slow &amp;amp; !smoke&lt;/excludeTag&gt;
 *     &lt;/excludeTags&gt;
 *   &lt;/gateSet&gt;
 * &lt;/gateSets&gt;
 * </pre>
 *
 * <p>Each entry is a JUnit tag or tag expression; the include entries become Surefire's {@code groups} (a test
 * runs when it matches any of them) and the exclude entries its {@code excludedGroups} (a test is left out when
 * it matches any of them).
 *
 * @since 0.1
 */
public class GateSet {

	private String name;
	private List<String> includeTags = new ArrayList<>();
	private List<String> excludeTags = new ArrayList<>();
	private boolean manual;

	/** The name {@code -Dtestgov.gates} chooses it by: letters, digits, {@code _} or {@code -}. */
	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	/** Tags or tag expressions a test must match one of to run; none means every test may run. */
	public List<String> getIncludeTags() {
		return includeTags;
	}

	public void setIncludeTags(List<String> includeTags) {
		this.includeTags = includeTags == null ? new ArrayList<>() : includeTags;
	}

	/** Tags or tag expressions that leave a test out when it matches one of them. */
	public List<String> getExcludeTags() {
		return excludeTags;
	}

	public void setExcludeTags(List<String> excludeTags) {
		this.excludeTags = excludeTags == null ? new ArrayList<>() : excludeTags;
	}

	/** Whether the set opts {@code @Manual} tests in, as {@code -Dtestgov.manual=true} does. */
	public boolean isManual() {
		return manual;
	}

	public void setManual(boolean manual) {
		this.manual = manual;
	}
}
