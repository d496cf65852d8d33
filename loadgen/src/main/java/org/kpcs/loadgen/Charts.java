package org.kpcs.loadgen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's charts (PNG, drawn by XChart): one line per workload, a figure of its runs against another. */
final class Charts {
    private Charts() {}

    static void save(
            final List<RunResult> runs,
            final Path file,
            final String title,
            final String xTitle,
            final ToDoubleFunction<RunResult> x,
            final String yTitle,
            final ToDoubleFunction<RunResult> y)
            throws IOException {
        final XYChart chart = new XYChartBuilder()
                .width(800)
                .height(480)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        final Map<String, List<RunResult>> byWorkload = new LinkedHashMap<>();
        for (final RunResult r : runs) {
            byWorkload.computeIfAbsent(r.workload(), k -> new ArrayList<>()).add(r);
        }
        byWorkload.forEach((name, series) -> chart.addSeries(
                        name,
                        series.stream().mapToDouble(x).toArray(),
                        series.stream().mapToDouble(y).toArray())
                .setMarker(SeriesMarkers.CIRCLE));
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
