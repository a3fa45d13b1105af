package dev.testgov.maven.internal.report;

import static dev.testgov.maven.internal.report.Html.escape;

import dev.testgov.maven.internal.baseline.Environment;
import dev.testgov.maven.internal.baseline.GateState;
import dev.testgov.maven.internal.baseline.Millis;
import dev.testgov.maven.internal.baseline.TestResult;

/** Every test in a table that a filter box narrows, then the environment each run and baseline saw. */
final class TestTable {

	private TestTable() {
	}

	static String render(ReportModel model) {
		StringBuilder html = new StringBuilder("<section id=\"tests\">\n<h2>Tests</h2>\n")
			.append("<input type=\"search\" id=\"filter\" placeholder=\"Filter by name, outcome, tag or reason\"")
			.append(" aria-label=\"Filter the tests\">\n<table class=\"tests\" id=\"test-table\"><thead><tr>");
		if (model.aggregate()) {
			html.append("<th>Module</th>");
		}
		html.append("<th>Test</th><th>Outcome</th><th>Duration</th><th>Tags</th><th>Categories</th><th>Reason</th>")
			.append("</tr></thead><tbody>\n");
		for (ReportModel.Module module : model.modules()) {
			for (TestResult test : module.analysis().tests()) {
				row(html, model.aggregate() ? module.analysis().project() : null, test);
			}
		}
		html.append("</tbody></table>\n</section>\n<section id=\"environment\">\n<h2>Environment</h2>\n");
		for (ReportModel.Module module : model.modules()) {
			environment(html, module.analysis().project() + ", this run", module.analysis().environment());
			module.analysis().baseline()
				.ifPresent(baseline -> environment(html, module.analysis().project() + ", baseline", baseline.environment()));
		}
		return html.append("</section>\n").toString();
	}

	private static void row(StringBuilder html, String module, TestResult test) {
		html.append("<tr class=\"").append(Statuses.css(test.status())).append("\">");
		if (module != null) {
			html.append("<td>").append(escape(module)).append("</td>");
		}
		html.append("<td title=\"").append(escape(test.id())).append("\">").append(escape(test.label())).append("</td>")
			.append("<td><span class=\"pill ").append(Statuses.css(test.status())).append("\">").append(test.status())
			.append("</span></td><td class=\"number\">").append(escape(Millis.format(test.durationMillis())))
			.append("</td><td>").append(escape(String.join(", ", test.tags()))).append("</td><td>")
			.append(escape(String.join(", ", test.categories()))).append("</td><td>")
			.append(test.reason() == null ? "" : escape(test.reason())).append("</td></tr>\n");
	}

	private static void environment(StringBuilder html, String title, Environment environment) {
		html.append("<h3>").append(escape(title)).append("</h3>\n<table class=\"environment\"><tbody>")
			.append("<tr><th>Java</th><td>").append(escape(environment.java())).append("</td></tr>")
			.append("<tr><th>testgov</th><td>").append(escape(environment.testgov())).append("</td></tr>")
			.append("<tr><th>JUnit Platform</th><td>").append(escape(environment.junitPlatform())).append("</td></tr>")
			.append("<tr><th>Docker</th><td>").append(escape(environment.docker())).append("</td></tr>");
		for (GateState gate : environment.gates()) {
			html.append("<tr><th>").append(escape(gate.gate())).append(gate.open() ? " open" : " closed")
				.append("</th><td>").append(escape(gate.reason())).append("</td></tr>");
		}
		html.append("</tbody></table>\n");
	}
}
