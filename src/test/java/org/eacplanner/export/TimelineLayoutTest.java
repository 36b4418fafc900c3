package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eacplanner.export.ReportModel.Marker;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {

    private static TimelineLayout.Point point(String date) {
        return new TimelineLayout.Point(LocalDate.parse(date), null, "warning", "▲", date, "RULE");
    }

    private static double left(Marker m) {
        String style = m.tickStyle();
        return Double.parseDouble(style.substring(style.indexOf("left: ") + 6, style.indexOf('%')));
    }

    @Test
    void datesArePlacedInOrderInsideTheAxisWithYearTicks() {
        var timeline = TimelineLayout.layout(List.of(point("2026-11-24"), point("2020-10-13"), point("2027-04-01")),
                List.of());
        List<Double> lefts = timeline.markers().stream().map(TimelineLayoutTest::left).toList();
        assertThat(lefts).isSorted().allMatch(x -> x > 0 && x < 100);
        assertThat(lefts.get(2) - lefts.get(1)).isLessThan(lefts.get(1) - lefts.get(0));
        assertThat(timeline.years()).extracting(ReportModel.YearTick::label)
                .containsExactly("2021", "2022", "2023", "2024", "2025", "2026", "2027");
    }

    @Test
    void labelsOfCloseDatesGoToDifferentLanesAndLateOnesEndAtTheirTick() {
        var timeline = TimelineLayout.layout(List.of(point("2026-10-01"), point("2026-10-14"), point("2026-11-24"),
                point("2027-04-01")), List.of());
        List<String> tops = timeline.markers().stream()
                .map(m -> m.labelStyle().replaceAll(".*top: (\\d+)px.*", "$1")).toList();
        assertThat(tops.subList(0, 3)).doesNotHaveDuplicates();
        Marker last = timeline.markers().get(3);
        assertThat(last.labelStyle()).startsWith("right: ").contains("text-align: right");
        assertThat(last.css()).endsWith(" end");
    }

    private static double percent(String style, String key) {
        int at = style.indexOf(key + ": ") + key.length() + 2;
        return Double.parseDouble(style.substring(at, style.indexOf('%', at)));
    }

    @Test
    void aMonthIsABandOverItsMonthAndPhasesAreBarsFromTodayBelowTheAxis() {
        var month = new TimelineLayout.Point(LocalDate.parse("2027-04-01"), LocalDate.parse("2027-04-30"), "warning",
                "▲", "April 2027", "LS-RETIREMENT");
        var day = point("2027-04-01");
        var today = new TimelineLayout.Point(LocalDate.parse("2026-12-03"), null, "today", "◆", "Today", "");
        var timeline = TimelineLayout.layout(List.of(today, month, day), List.of(
                new TimelineLayout.Bar(LocalDate.parse("2026-12-03"), LocalDate.parse("2027-01-31"), "Phase 1"),
                new TimelineLayout.Bar(LocalDate.parse("2026-12-03"), LocalDate.parse("2027-03-18"), "Phase 4")));
        Marker band = timeline.markers().stream().filter(m -> "April 2027".equals(m.date())).findFirst().orElseThrow();
        Marker point = timeline.markers().stream().filter(m -> "2027-04-01".equals(m.date())).findFirst().orElseThrow();
        assertThat(point.bandStyle()).isNull();
        assertThat(percent(band.bandStyle(), "left")).isEqualTo(left(point));
        Marker now = timeline.markers().get(0);
        // April is 30 of the axis' days: its band is 30 times as wide as one day, and sits between today and later
        double perDay = (left(point) - left(now)) / java.time.temporal.ChronoUnit.DAYS.between(
                LocalDate.parse("2026-12-03"), LocalDate.parse("2027-04-01"));
        assertThat(percent(band.bandStyle(), "width")).isCloseTo(30 * perDay, org.assertj.core.data.Offset.offset(0.05));
        assertThat(timeline.bars()).hasSize(2);
        var p1 = timeline.bars().get(0);
        var p4 = timeline.bars().get(1);
        assertThat(percent(p1.barStyle(), "left")).isEqualTo(left(now));
        assertThat(percent(p4.barStyle(), "width")).isGreaterThan(percent(p1.barStyle(), "width"));
        int top1 = Integer.parseInt(p1.barStyle().replaceAll(".*top: (\\d+)px.*", "$1"));
        assertThat(top1).isGreaterThan(timeline.axisTop());
        assertThat(timeline.height()).isGreaterThan(top1 + 18);
    }
}
