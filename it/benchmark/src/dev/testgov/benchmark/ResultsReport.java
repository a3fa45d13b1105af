package dev.testgov.benchmark;

import java.nio.file.Path;

final class ResultsReport {
	private final Path work;

	ResultsReport(Path work) {
		this.work = work;
	}

	void write() {
		throw new UnsupportedOperationException(work.toString());
	}
}
