package dev.testgov.maven.internal.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.testgov.maven.internal.baseline.JsonFiles;

/** Writes {@value #HTML} and {@value #JSON} side by side. */
public final class ReportFiles {

	public static final String HTML = "report.html";
	public static final String JSON = "report.json";

	private ReportFiles() {
	}

	/**
	 * Writes both reports into a directory.
	 *
	 * @return the HTML report
	 */
	public static Path write(Path directory, ReportModel model) throws IOException {
		Files.createDirectories(directory);
		Path html = directory.resolve(HTML);
		Files.write(html, HtmlReport.render(model).getBytes(StandardCharsets.UTF_8));
		JsonFiles.write(directory.resolve(JSON), JsonReport.toJson(model));
		return html;
	}
}
