package nl.traineeplanner.app.planning;

import java.util.List;
import java.util.Map;
import nl.traineeplanner.engine.explain.Text;

/**
 * The planning board of one plan: trainees by rounds as a timeline, with earlier rounds fixed (published placements)
 * and the planned round as proposed, plus the plan's figures. {@code warnings} name placements of a proposal that no
 * longer fit today's data (an assignment withdrawn since), which the board leaves out.
 */
public record Board(
        Summary summary,
        List<Column> columns,
        List<Row> rows,
        List<UnplacedRow> unplaced,
        List<Text> unfilled,
        List<Text> warnings) {

    /**
     * A round of the cohort: EARLIER or LATER than the round this plan is about, PLANNED for that round, or AHEAD: a
     * later round the plan placed trainees in provisionally, to see what this round's choice means for it.
     */
    public record Column(long roundId, String name, String position) {}

    /** The later rounds this plan looked ahead to; empty for a plan of the round alone. */
    public List<Column> ahead() {
        return columns.stream().filter(c -> c.position().equals("AHEAD")).toList();
    }

    /** One trainee's trajectory. */
    public record Row(long traineeId, String trainee, List<Cell> cells, Long points, List<Text> notes) {}

    /**
     * One (trainee, round) box. {@code kind} is HISTORY (published earlier), PROPOSED (this plan), UNPLACED, EMPTY, or
     * PROVISIONAL or PROVISIONAL_UNPLACED in a round the plan looked ahead to.
     *
     * @param rank the trainee's rank for the assignment in this round, 0 when not ranked
     * @param version the stored placement's version, for changes by hand that must not overwrite someone else's
     * @param whyNotFirst why the trainee did not get the first choice, or null
     */
    public record Cell(
            String kind,
            Long assignmentId,
            String assignment,
            String organisation,
            int rank,
            Long points,
            boolean pinned,
            Long placementId,
            Long version,
            List<Text> explanation,
            Text whyNotFirst) {

        static Cell empty(String kind) {
            return new Cell(kind, null, null, null, 0, null, false, null, null, List.of(), null);
        }
    }

    public record UnplacedRow(String trainee, Text reason) {}

    /**
     * The plan's figures. {@code scaleFactor} is 2 or 4 when the weights were multiplied to keep quarters whole.
     *
     * @param worstRank the worst rank any trainee got among those who ranked something, where a placement the trainee
     *     did not rank counts as one more than their number of choices; 0 when none (the engine's
     *     {@code PlanMetrics}, as the comparison shows it)
     * @param placedByRank how many placed trainees got their first, second, … choice
     * @param blockingPairs how many trainees and hosts would both rather be together than where the plan puts them
     */
    public record Summary(
            String status,
            Long objective,
            Long bound,
            Long gap,
            Map<String, Long> cost,
            int placed,
            int firstChoices,
            int topThree,
            int worstRank,
            int unrankedPlacements,
            int unplaced,
            int unfilledSlots,
            int blockingPairs,
            Map<Integer, Integer> placedByRank,
            long scaleFactor) {

        public Summary {
            placedByRank = Map.copyOf(placedByRank);
        }

        /** How many trainees got each rank, best first, for the chart of choices. */
        public List<Map.Entry<Integer, Integer>> choices() {
            return placedByRank.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .toList();
        }

        /** The largest count of one kind in the chart, so the bars share one scale. */
        public int largestBar() {
            int largest = Math.max(unrankedPlacements, unplaced);
            for (int count : placedByRank.values()) {
                largest = Math.max(largest, count);
            }
            return Math.max(1, largest);
        }
    }
}
