package nl.traineeplanner.app.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import nl.traineeplanner.app.organisation.ProvinceMap;

/**
 * The coordinator's overview of one cohort, worded in the coordinator's language: its rounds on a timeline with every
 * deadline, the counts, what needs attention now, the charts of its published placements and the map. Every chart
 * carries its own table, so what the picture shows can also be read.
 */
public record Dashboard(
        long cohortId,
        String cohortName,
        LocalDate today,
        String timelineSummary,
        List<RoundLine> rounds,
        List<Count> counts,
        List<Alert> alerts,
        List<Chart> charts,
        List<MunicipalityTally> municipalities,
        @JsonIgnore ProvinceMap map) {

    /** A round on the timeline: its period, its status, and whether today falls within it. */
    public record RoundLine(
            long id,
            int number,
            String name,
            String status,
            String statusText,
            LocalDate start,
            LocalDate end,
            boolean current,
            List<Deadline> deadlines) {}

    /**
     * A date in a round's cycle.
     *
     * @param kind {@code intake}, {@code preferences}, {@code hostRanking}, {@code midTerm} or {@code final}
     * @param daysLeft days from today to the date; negative once it has passed
     */
    public record Deadline(String kind, String text, LocalDate date, boolean passed, long daysLeft, String when) {}

    /** A number at a glance, with the page where it comes from. */
    public record Count(String kind, String text, long value, String link) {}

    /**
     * Something that needs the coordinator now.
     *
     * @param urgent a deadline is near or passed, or something blocks the round
     */
    public record Alert(String kind, boolean urgent, String text, String link, String linkText) {}

    /**
     * A chart and its data. Every label has one value per series; the same numbers make the picture and its table.
     *
     * @param kind {@code bars} (horizontal, stacked per series), {@code columns} (vertical, side by side) or {@code line}
     * @param unit what a value counts, for the table's header
     */
    public record Chart(
            String id,
            String kind,
            String title,
            String summary,
            String unit,
            List<String> labels,
            List<Series> series) {

        /** The values of one label across the series, for a row of the table. */
        public List<Number> row(int label) {
            return series.stream().map(s -> s.values().get(label)).toList();
        }
    }

    public record Series(String name, List<Number> values) {}

    /** The approved assignments and published placements of the cohort in one municipality. */
    public record MunicipalityTally(String name, int assignments, int placements) {}
}
