package dev.testgov.maven.internal.report;

import static dev.testgov.maven.internal.report.Html.escape;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Inline SVG charts: a donut, horizontal bars, a histogram and stacked bars. No script, no external file: they
 * render wherever the HTML is opened. Each chart carries {@code data-chart} and each mark {@code data-value}, so
 * a test can find them in the DOM.
 */
final class Charts {

	static final int WIDTH = 620;
	private static final int ROW = 26;
	private static final int LABEL = 280;
	private static final int VALUE = 110;
	private static final int SHORT = 42;
	private static final double TAU = 2 * Math.PI;
	/** Chart text; inline style, because a site skin's stylesheet outranks presentation attributes and bolds it. */
	private static final String TEXT = " font-family=\"sans-serif\" font-size=\"12\" style=\"font-weight: normal\"";
	/** Fill colours as presentation attributes, so a chart keeps them where no stylesheet comes along (the site). */
	private static final Map<String, String> COLOURS = Map.ofEntries(Map.entry("passed", "#2e7d32"),
		Map.entry("failed", "#c62828"), Map.entry("errored", "#e65100"), Map.entry("skipped", "#f9a825"),
		Map.entry("aborted", "#6a1b9a"), Map.entry("deselected", "#90a4ae"), Map.entry("baseline", "#cfd8dc"),
		Map.entry("category", "#1565c0"), Map.entry("tag", "#1565c0"), Map.entry("package", "#1565c0"),
		Map.entry("duration", "#5c6bc0"), Map.entry("slow", "#ef6c00"), Map.entry("fail", "#c62828"),
		Map.entry("warn", "#f9a825"));

	private Charts() {
	}

	/** One mark: a label, its value, the CSS class that colours it, and the text shown beside it. */
	record Mark(String label, long value, String css, String shown) {

		Mark(String label, long value, String css) {
			this(label, value, css, String.valueOf(value));
		}
	}

	/** A donut of the marks' shares, the total in the middle. */
	static String donut(String id, String title, List<Mark> marks, String centre) {
		long total = marks.stream().mapToLong(Mark::value).sum();
		StringBuilder svg = open(id, title, 220, 220);
		double radius = 80;
		double circumference = TAU * radius;
		double offset = 0;
		svg.append("<circle class=\"track\" cx=\"110\" cy=\"110\" r=\"80\" fill=\"none\" stroke=\"#eceff1\""
				+ " stroke-width=\"34\"/>");
		for (Mark mark : marks) {
			if (mark.value() == 0) {
				continue;
			}
			double length = total == 0 ? 0 : circumference * mark.value() / total;
			svg.append(String.format(Locale.ROOT, "<circle class=\"slice %s\" data-value=\"%d\" cx=\"110\" cy=\"110\""
					+ " r=\"80\" fill=\"none\" stroke=\"%s\" stroke-width=\"34\" stroke-dasharray=\"%.2f %.2f\""
					+ " stroke-dashoffset=\"%.2f\" transform=\"rotate(-90 110 110)\"><title>%s: %d</title></circle>",
				mark.css(), mark.value(), colour(mark), length, circumference - length, -offset, escape(mark.label()),
				mark.value()));
			offset += length;
		}
		svg.append("<text class=\"centre\" x=\"110\" y=\"120\" text-anchor=\"middle\" font-family=\"sans-serif\""
				+ " font-size=\"34\" font-weight=\"bold\">").append(total).append("</text>")
			.append("<text class=\"centre-label\" x=\"110\" y=\"142\" text-anchor=\"middle\"").append(TEXT).append('>')
			.append(escape(centre)).append("</text>");
		return svg.append("</svg>").toString();
	}

	/** Horizontal bars, longest for the largest value, the value written at the end of each. */
	static String bars(String id, String title, List<Mark> marks) {
		long max = Math.max(1, marks.stream().mapToLong(Mark::value).max().orElse(1));
		StringBuilder svg = open(id, title, WIDTH, Math.max(1, marks.size()) * ROW + 4);
		int y = 2;
		for (Mark mark : marks) {
			double width = (WIDTH - LABEL - VALUE) * (double) mark.value() / max;
			svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\"%s>%s"
					+ "<title>%s</title></text><rect class=\"bar %s\" data-value=\"%d\" x=\"%d\" y=\"%d\" width=\"%.1f\""
					+ " height=\"%d\" rx=\"3\" fill=\"%s\"/><text class=\"value\" x=\"%.1f\" y=\"%d\"%s>%s</text>", LABEL - 8,
				y + 17, TEXT, escape(Html.shorten(mark.label(), SHORT)), escape(mark.label()), mark.css(), mark.value(), LABEL,
				y + 3, Math.max(width, 1.5), ROW - 8, colour(mark), LABEL + Math.max(width, 1.5) + 6, y + 17, TEXT,
				escape(mark.shown())));
			y += ROW;
		}
		return svg.append("</svg>").toString();
	}

	/** Vertical bars over ordered buckets, e.g. durations. */
	static String histogram(String id, String title, List<Mark> buckets) {
		long max = Math.max(1, buckets.stream().mapToLong(Mark::value).max().orElse(1));
		int height = 200;
		StringBuilder svg = open(id, title, WIDTH, height + 40);
		double slot = (double) (WIDTH - 20) / Math.max(1, buckets.size());
		for (int i = 0; i < buckets.size(); i++) {
			Mark bucket = buckets.get(i);
			double barHeight = (height - 20) * (double) bucket.value() / max;
			double x = 10 + i * slot;
			svg.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" data-value=\"%d\" x=\"%.1f\" y=\"%.1f\""
					+ " width=\"%.1f\" height=\"%.1f\" rx=\"3\" fill=\"%s\"><title>%s: %d</title></rect>"
					+ "<text class=\"value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\"%s>%d</text>"
					+ "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\"%s>%s</text>", bucket.css(),
				bucket.value(), x + 8, height - barHeight, slot - 16, Math.max(barHeight, 1.5), colour(bucket),
				escape(bucket.label()), bucket.value(), x + slot / 2, height - barHeight - 6, TEXT, bucket.value(),
				x + slot / 2, height + 22, TEXT, escape(bucket.label())));
		}
		return svg.append("</svg>").toString();
	}

	/** One bar per row, split into coloured segments: e.g. each module's outcomes. */
	static String stacked(String id, String title, List<String> rows, List<List<Mark>> segments) {
		long max = Math.max(1, segments.stream().mapToLong(row -> row.stream().mapToLong(Mark::value).sum()).max().orElse(1));
		StringBuilder svg = open(id, title, WIDTH, Math.max(1, rows.size()) * ROW + 4);
		int y = 2;
		for (int i = 0; i < rows.size(); i++) {
			svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\"%s>%s"
					+ "<title>%s</title></text>", LABEL - 8, y + 17, TEXT, escape(Html.shorten(rows.get(i), SHORT)),
				escape(rows.get(i))));
			double x = LABEL;
			long total = 0;
			for (Mark mark : segments.get(i)) {
				double width = (WIDTH - LABEL - VALUE) * (double) mark.value() / max;
				if (mark.value() > 0) {
					svg.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" data-value=\"%d\" x=\"%.1f\" y=\"%d\""
							+ " width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %d</title></rect>", mark.css(), mark.value(),
						x, y + 3, width, ROW - 8, colour(mark), escape(mark.label()), mark.value()));
				}
				x += width;
				total += mark.value();
			}
			svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%d\"%s>%d</text>", x + 6, y + 17,
				TEXT, total));
			y += ROW;
		}
		return svg.append("</svg>").toString();
	}

	private static String colour(Mark mark) {
		return COLOURS.getOrDefault(mark.css(), "#1565c0");
	}

	private static StringBuilder open(String id, String title, int width, int height) {
		return new StringBuilder(String.format(Locale.ROOT, "<svg class=\"chart\" data-chart=\"%s\" viewBox=\"0 0 %d %d\""
				+ " width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\"><title>%s</title>", escape(id), width, height,
			width, height, escape(title), escape(title)));
	}
}
