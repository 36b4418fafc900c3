package org.eacplanner.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eacplanner.export.ReportModel.Marker;
import org.eacplanner.export.ReportModel.PhaseBar;
import org.eacplanner.export.ReportModel.Timeline;
import org.eacplanner.export.ReportModel.YearTick;

/**
 * Places today and the deadlines on one horizontal axis: each date gets a left offset in percent, and its
 * label one of four lanes (two above the axis, two below) so that labels close in time do not overlap. A
 * deadline known only to the month is a band over that month; the checklist's phases are bars below the axis.
 * The result is plain CSS positions, which the browser and the PDF renderer draw the same way.
 */
final class TimelineLayout {

    /**
     * A date to show: its CSS class, symbol, formatted date and the rules due then; {@code end} is the last day of
     * a band (a month), null for a single day.
     */
    record Point(LocalDate date, LocalDate end, String css, String glyph, String label, String rules) {
    }

    /** A span below the axis (a checklist phase): from, to and its label. */
    record Bar(LocalDate from, LocalDate to, String label) {
    }

    private static final int BAR_ROW = 18;

    private static final double LABEL_WIDTH = 24;
    private static final int LABEL_HEIGHT = 38;
    /** Lanes 0 and 2 are above the axis (near, far), 1 and 3 below; their tops relative to the axis. */
    private static final int[] LANE_OFFSETS = {-48, 22, -96, 70};

    private TimelineLayout() {
    }

    static Timeline layout(List<Point> points, List<Bar> bars) {
        List<LocalDate> all = new ArrayList<>();
        points.forEach(p -> {
            all.add(p.date());
            if (p.end() != null) {
                all.add(p.end());
            }
        });
        bars.forEach(b -> {
            all.add(b.from());
            all.add(b.to());
        });
        LocalDate min = all.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate max = all.stream().max(LocalDate::compareTo).orElseThrow();
        long span = Math.max(ChronoUnit.DAYS.between(min, max), 60);
        long pad = Math.max(span / 12, 20);
        LocalDate start = min.minusDays(pad);
        double total = ChronoUnit.DAYS.between(start, max.plusDays(pad));

        List<YearTick> years = new ArrayList<>();
        for (int y = start.getYear() + 1; y <= max.plusDays(pad).getYear(); y++) {
            years.add(new YearTick(String.valueOf(y), percent(ChronoUnit.DAYS.between(start, LocalDate.of(y, 1, 1)) / total)));
        }
        List<Point> sorted = points.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList();
        double[] laneEnds = {-100, -100, -100, -100};
        double[] lefts = new double[sorted.size()];
        int[] lanes = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            lefts[i] = ChronoUnit.DAYS.between(start, sorted.get(i).date()) * 100 / total;
            double from = lefts[i] > 100 - LABEL_WIDTH ? lefts[i] - LABEL_WIDTH : lefts[i];
            lanes[i] = lane(laneEnds, from);
            laneEnds[lanes[i]] = from + LABEL_WIDTH;
        }
        // As tall as the lanes in use: the axis sits below the used lanes above it.
        boolean farAbove = laneEnds[2] > -100;
        int below = laneEnds[3] > -100 ? 2 : laneEnds[1] > -100 ? 1 : 0;
        int axis = farAbove ? 104 : 56;
        int height = axis + (below == 2 ? 116 : below == 1 ? 68 : 24);
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Point p = sorted.get(i);
            String band = p.end() == null ? null : "left: " + percent(lefts[i] / 100) + "; width: "
                    + percent((ChronoUnit.DAYS.between(p.date(), p.end()) + 1) / total) + "; top: " + (axis - 7) + "px;";
            markers.add(marker(p, band, lefts[i], lefts[i] > 100 - LABEL_WIDTH, axis, axis + LANE_OFFSETS[lanes[i]]));
        }
        List<PhaseBar> phaseBars = new ArrayList<>();
        int top = height;
        for (Bar b : bars) {
            double left = ChronoUnit.DAYS.between(start, b.from()) / total;
            double width = Math.max(ChronoUnit.DAYS.between(b.from(), b.to()), 1) / total;
            phaseBars.add(new PhaseBar("left: " + percent(left) + "; width: " + percent(width) + "; top: " + top + "px;",
                    // the label beside the bar: after its end, or before its start when the end is near the edge
                    (left + width > 0.7 ? "right: " + percent(1 - left) + "; text-align: right;"
                            : "left: " + percent(left + width) + ";") + " top: " + (top - 2) + "px;", b.label()));
            top += BAR_ROW;
        }
        return new Timeline(bars.isEmpty() ? height : top + 4, axis, years, markers, phaseBars);
    }

    private static int lane(double[] laneEnds, double from) {
        int best = 0;
        for (int i = 0; i < laneEnds.length; i++) {
            if (laneEnds[i] + 1 <= from) {
                return i;
            }
            if (laneEnds[i] < laneEnds[best]) {
                best = i;
            }
        }
        return best;
    }

    private static Marker marker(Point p, String band, double left, boolean rightAnchored, int axis, int top) {
        boolean above = top < axis;
        int tickTop = above ? top + LABEL_HEIGHT - 6 : axis - 4;
        int tickHeight = above ? axis + 4 - tickTop : top - tickTop;
        String x = percent(left / 100);
        String tick = "left: " + x + "; top: " + tickTop + "px; height: " + tickHeight + "px;";
        String label = (rightAnchored ? "right: " + percent(1 - left / 100) + "; text-align: right;" : "left: " + x + ";")
                + " top: " + top + "px; width: " + (int) LABEL_WIDTH + "%;";
        return new Marker(p.css() + (rightAnchored ? " end" : ""), tick, label, band, p.glyph(), p.label(), p.rules());
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }
}
