package dev.testgov.maven.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * report.html in a real browser: headless Chromium loads it from disk, with the network off, and the DOM it builds
 * holds the charts and the numbers. A screenshot lands in {@code target/report-rendering/} for reviewers.
 * Skipped, saying so, where Chromium is not installed; {@code .ci/run} installs it and sets
 * {@code TESTGOV_CHROMIUM_REQUIRED=true}, so that in CI its absence fails the test.
 */
class ReportRenderingTests {

	private static final Path OUTPUT = Paths.get("target", "report-rendering");
	private static final String[] CHROMIUM = { "chromium", "chromium-browser", "google-chrome" };
	/** Set where Chromium was promised (CI), so that its absence fails instead of skipping. */
	private static final String REQUIRED = "TESTGOV_CHROMIUM_REQUIRED";

	private static Optional<String> chromium;
	private static Path report;

	@BeforeAll
	static void writeTheReport() throws IOException {
		chromium = findChromium();
		report = ReportFiles.write(OUTPUT, Reports.model(Reports.parcels(), Reports.warehouse())).toAbsolutePath();
	}

	@Test
	void theBrowserBuildsEveryChartWithItsNumbers() throws Exception {
		String dom = browse("--dump-dom");

		String served = Files.readString(report, StandardCharsets.UTF_8);
		assertThat(count(dom, "<svg class=\"chart\"")).isEqualTo(13);
		assertThat(count(dom, "<rect class=\"bar")).isEqualTo(count(served, "<rect class=\"bar")).isGreaterThan(30);
		assertThat(dom).contains("<circle class=\"slice passed\" data-value=\"16\"",
			"<circle class=\"slice skipped\" data-value=\"2\"",
			"<span class=\"number\">18</span><span class=\"name\">tests</span>",
			"fails the check: dev.testgov.it:parcels: 2 newly skipped",
			"ParcelStoreDockerTest#savesAParcel (was PASSED)",
			"dev.testgov.it.warehouse.PickingListTest#picksWhatIsAsked \u2192 dev.testgov.it.warehouse.picking.PickingListTest#picksWhatIsAsked");
		assertThat(Pattern.compile("<tr class=\"(passed|skipped)\">").matcher(dom).results().count()).isEqualTo(18);
	}

	@Test
	void theBrowserDrawsAScreenshot() throws Exception {
		Path screenshot = OUTPUT.resolve("report.png").toAbsolutePath();
		Files.deleteIfExists(screenshot);

		browse("--screenshot=" + screenshot, "--window-size=1280,2000");

		assertThat(screenshot).isRegularFile();
		assertThat(Files.size(screenshot)).isGreaterThan(50_000);
	}

	private static String browse(String... what) throws IOException, InterruptedException {
		if (chromium.isEmpty() && "true".equals(System.getenv(REQUIRED))) {
			fail(REQUIRED + "=true, but chromium is not on the PATH; apt-get install -y chromium");
		}
		assumeTrue(chromium.isPresent(), "chromium is not installed; apt-get install -y chromium (as .ci/run does)"
				+ " to render report.html in a real browser");
		Path profile = Files.createTempDirectory("testgov-chromium");
		List<String> command = new ArrayList<>(List.of(chromium.get(), "--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
			"--user-data-dir=" + profile));
		command.addAll(List.of(what));
		command.add(report.toUri().toString());
		Path output = Files.createTempFile("testgov-chromium", ".out");
		Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished within 90 s").isTrue();
		assertThat(process.exitValue()).as("chromium's exit status").isZero();
		return Files.readString(output, StandardCharsets.UTF_8);
	}

	private static int count(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static Optional<String> findChromium() {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			for (String name : CHROMIUM) {
				if (Files.isExecutable(Paths.get(directory, name))) {
					return Optional.of(Paths.get(directory, name).toString());
				}
			}
		}
		return Optional.empty();
	}
}
