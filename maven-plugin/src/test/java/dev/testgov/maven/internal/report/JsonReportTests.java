package dev.testgov.maven.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import dev.testgov.maven.internal.baseline.JsonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.json beside report.html: the same numbers for tools. */
class JsonReportTests {

	@Test
	void writesBothReportsWithTheSameNumbers(@TempDir Path directory) throws IOException {
		Path html = ReportFiles.write(directory, Reports.model(Reports.parcels(), Reports.warehouse()));

		JsonNode json = JsonFiles.MAPPER.readTree(directory.resolve("report.json").toFile());
		assertThat(html).isEqualTo(directory.resolve("report.html"));
		assertThat(json.get("format").asText()).isEqualTo("testgov-report");
		assertThat(json.get("version").asInt()).isEqualTo(1);
		assertThat(json.get("aggregate").asBoolean()).isTrue();
		assertThat(json.get("status").asText()).isEqualTo("fails the check: dev.testgov.it:parcels: 2 newly skipped");
		assertThat(json.at("/summary/tests").asInt()).isEqualTo(18);
		assertThat(json.at("/thresholds/failOn").toString()).isEqualTo("[\"vanished\",\"newly-skipped\",\"collapse\"]");
		JsonNode parcels = json.at("/modules/0");
		assertThat(parcels.get("project").asText()).isEqualTo("dev.testgov.it:parcels");
		assertThat(parcels.at("/drift/counts/newly-skipped").asInt()).isEqualTo(2);
		assertThat(parcels.at("/drift/failing").toString()).isEqualTo("[\"newly-skipped\"]");
		assertThat(parcels.at("/drift/findings/newlySkipped/0/after/gate").asText()).isEqualTo("requires_docker");
		assertThat(parcels.at("/baseline/environment/docker").asText()).isEqualTo("available");
		assertThat(parcels.at("/environment/docker").asText()).isEqualTo("unavailable");
		assertThat(json.at("/modules/1/drift/counts/moved").asInt()).isEqualTo(3);
		assertThat(Files.readString(html)).contains("data-chart=\"outcomes\"");
	}
}
