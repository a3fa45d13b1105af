package dev.testgov.maven.internal.report;

import static dev.testgov.maven.internal.report.Html.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.testgov.maven.internal.baseline.Drift;
import dev.testgov.maven.internal.baseline.DriftKind;
import dev.testgov.maven.internal.baseline.Millis;
import dev.testgov.maven.internal.baseline.Summary;
import dev.testgov.maven.internal.baseline.TestStatus;

/**
 * {@code report.html}: one self-contained page, CSS, script and SVG charts inline, nothing fetched, so it opens
 * from a CI artifact or a mail attachment as it does from disk.
 */
public final class HtmlReport {

	private HtmlReport() {
	}

	public static String render(ReportModel model) {
		Summary total = model.total();
		StringBuilder page = new StringBuilder(64 * 1024);
		page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>testgov report: ").append(escape(model.title())).append("</title>\n")
			.append("<style>\n").append(resource("report.css")).append("</style>\n</head>\n<body>\n");
		header(page, model, total);
		cards(page, model, total);
		page.append(RunSections.render(model, total));
		page.append(DriftSection.render(model));
		page.append(TestTable.render(model));
		page.append("<footer>Written by testgov from the outcome files of each test JVM and the committed baseline;")
			.append(" <code>testgov:check</code> writes the same numbers for tools to <code>target/testgov/report.json</code>.")
			.append("</footer>\n")
			.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
		return page.toString();
	}

	private static void header(StringBuilder page, ReportModel model, Summary total) {
		page.append("<header>\n<h1>testgov report: ").append(escape(model.title())).append("</h1>\n")
			.append("<p class=\"line\">").append(escape(total.line())).append("</p>\n")
			.append("<p class=\"status ").append(statusCss(model)).append("\" id=\"status\">")
			.append(escape(status(model))).append("</p>\n</header>\n");
	}

	/** {@code no drift from the baseline}, {@code drift: 2 moved}, {@code fails the check: 1 vanished}, or no baseline. */
	static String status(ReportModel model) {
		List<String> failing = new ArrayList<>();
		List<String> reported = new ArrayList<>();
		boolean anyBaseline = false;
		for (ReportModel.Module module : model.modules()) {
			Optional<Drift> drift = module.analysis().drift();
			if (drift.isEmpty()) {
				continue;
			}
			anyBaseline = true;
			Set<DriftKind> fails = drift.get().failing(model.thresholds());
			Set<DriftKind> others = drift.get().kinds();
			others.removeAll(fails);
			String prefix = model.aggregate() ? module.analysis().project() + ": " : "";
			if (!fails.isEmpty()) {
				failing.add(prefix + DriftLines.describe(drift.get(), fails));
			}
			if (!others.isEmpty()) {
				reported.add(prefix + DriftLines.describe(drift.get(), others));
			}
		}
		if (!anyBaseline) {
			return "no baseline to compare with";
		}
		if (!failing.isEmpty()) {
			return "fails the check: " + String.join("; ", failing);
		}
		return reported.isEmpty() ? "no drift from the baseline" : "drift: " + String.join("; ", reported);
	}

	private static String statusCss(ReportModel model) {
		String status = status(model);
		return status.startsWith("fails") ? "fail" : status.startsWith("drift") ? "warn" : "ok";
	}

	private static void cards(StringBuilder page, ReportModel model, Summary total) {
		page.append("<section class=\"cards\" id=\"cards\">\n");
		card(page, "tests", total.tests(), "tests");
		card(page, "classes", total.classes(), "classes");
		for (TestStatus status : TestStatus.values()) {
			card(page, Statuses.css(status), total.count(status), Statuses.css(status));
		}
		page.append("<div class=\"card duration\" data-card=\"duration\"><span class=\"number\">")
			.append(escape(Millis.format(total.durations().totalMillis())))
			.append("</span><span class=\"name\">in the test JVMs</span></div>\n");
		if (model.aggregate()) {
			card(page, "modules", model.modules().size(), "modules");
		}
		page.append("</section>\n");
	}

	private static void card(StringBuilder page, String css, long value, String name) {
		page.append("<div class=\"card ").append(css).append("\" data-card=\"").append(css).append("\">")
			.append("<span class=\"number\">").append(value).append("</span><span class=\"name\">")
			.append(escape(name)).append("</span></div>\n");
	}

	static String resource(String name) {
		try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("testgov's jar lacks " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
