package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eacplanner.export.ReportModel.Marker;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {

    private static TimelineLayout.Point point(String date) {
        return new TimelineLayout.Point(LocalDate.parse(date), "warning", "▲", date, "RULE");
    }

    private static double left(Marker m) {
        String style = m.tickStyle();
        return Double.parseDouble(style.substring(style.indexOf("left: ") + 6, style.indexOf('%')));
    }

    @Test
    void datesArePlacedInOrderInsideTheAxisWithYearTicks() {
        var timeline = TimelineLayout.layout(List.of(point("2026-11-24"), point("2020-10-13"), point("2027-04-01")));
        List<Double> lefts = timeline.markers().stream().map(TimelineLayoutTest::left).toList();
        assertThat(lefts).isSorted().allMatch(x -> x > 0 && x < 100);
        assertThat(lefts.get(2) - lefts.get(1)).isLessThan(lefts.get(1) - lefts.get(0));
        assertThat(timeline.years()).extracting(ReportModel.YearTick::label)
                .containsExactly("2021", "2022", "2023", "2024", "2025", "2026", "2027");
    }

    @Test
    void labelsOfCloseDatesGoToDifferentLanesAndLateOnesEndAtTheirTick() {
        var timeline = TimelineLayout.layout(List.of(point("2026-10-01"), point("2026-10-14"), point("2026-11-24"),
                point("2027-04-01")));
        List<String> tops = timeline.markers().stream()
                .map(m -> m.labelStyle().replaceAll(".*top: (\\d+)px.*", "$1")).toList();
        assertThat(tops.subList(0, 3)).doesNotHaveDuplicates();
        Marker last = timeline.markers().get(3);
        assertThat(last.labelStyle()).startsWith("right: ").contains("text-align: right");
        assertThat(last.css()).endsWith(" end");
    }
}
