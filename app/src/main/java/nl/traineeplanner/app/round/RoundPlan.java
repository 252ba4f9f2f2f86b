package nl.traineeplanner.app.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A round as the coordinator types it: its name and dates, any of which may be missing or out of order until
 * {@link #problems()} finds none. The evaluation days may be left out: then they are the standard days (halfway through
 * the round, two weeks before its end).
 */
public record RoundPlan(
        String name,
        LocalDate start,
        LocalDate end,
        LocalDate intakeDeadline,
        LocalDate preferencesDeadline,
        LocalDate hostRankingDeadline,
        LocalDate midTermEvaluationOpens,
        LocalDate finalEvaluationOpens) {

    /** As long as the database keeps a name. */
    public static final int MAX_NAME_LENGTH = 100;

    /** A round lasts eight months. */
    static final int MONTHS_PER_ROUND = 8;

    /** The suggested intake deadline: three months before the start, so hosts can propose and have it reviewed. */
    static final int INTAKE_MONTHS_BEFORE_START = 3;

    /** The suggested preferences deadline: six weeks before the start, leaving time to rank, match and publish. */
    static final int PREFERENCES_WEEKS_BEFORE_START = 6;

    /** The plan of a stored round, with its evaluation days as they are. */
    public static RoundPlan of(Round round) {
        return new RoundPlan(
                round.getName(),
                round.getStartDate(),
                round.getEndDate(),
                round.getIntakeDeadline(),
                round.getPreferencesDeadline(),
                round.getHostRankingDeadline(),
                round.getMidTermEvaluationOpens(),
                round.getFinalEvaluationOpens());
    }

    /**
     * A suggestion: {@code count} rounds of eight months, one after the other from {@code firstStart}, named "Ronde 1"
     * and on, with the intake three months and the preferences six weeks before each start, hosts ranking in the week
     * after, and the evaluations on their standard days.
     */
    public static List<RoundPlan> suggested(LocalDate firstStart, int count) {
        List<RoundPlan> plans = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            LocalDate start = firstStart.plusMonths((long) MONTHS_PER_ROUND * k);
            LocalDate end =
                    firstStart.plusMonths((long) MONTHS_PER_ROUND * (k + 1)).minusDays(1);
            LocalDate preferences = start.minusWeeks(PREFERENCES_WEEKS_BEFORE_START);
            LocalDate midTerm = Round.standardMidTerm(start, end);
            plans.add(new RoundPlan(
                    "Ronde " + (k + 1),
                    start,
                    end,
                    start.minusMonths(INTAKE_MONTHS_BEFORE_START),
                    preferences,
                    RoundPeriod.hostRankingDeadline(start, preferences),
                    midTerm,
                    Round.standardFinalOpens(end, midTerm)));
        }
        return plans;
    }

    /**
     * Every problem of the plan on its own, each on its field: a missing or too long name, a missing date, dates out of
     * order ({@link RoundPeriod#problems}) and evaluation days outside the round ({@link Round#evaluationProblems}).
     */
    public List<ScheduleProblem> problems() {
        List<ScheduleProblem> found = new ArrayList<>();
        if (name == null || name.isBlank()) {
            found.add(ScheduleProblem.of("name", "round.invalid.name.required"));
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            found.add(ScheduleProblem.of("name", "round.invalid.name.length", MAX_NAME_LENGTH));
        }
        required("start", start, found);
        required("end", end, found);
        required("intakeDeadline", intakeDeadline, found);
        required("preferencesDeadline", preferencesDeadline, found);
        required("hostRankingDeadline", hostRankingDeadline, found);
        List<ScheduleProblem> order =
                RoundPeriod.problems(start, end, intakeDeadline, preferencesDeadline, hostRankingDeadline);
        found.addAll(order);
        boolean periodKnown = start != null && end != null && order.stream().noneMatch(p -> "end".equals(p.field()));
        if (periodKnown) {
            found.addAll(Round.evaluationProblems(start, end, midTermOrStandard(), finalOrStandard()).stream()
                    .filter(p -> isGiven(p.field()))
                    .toList());
        }
        return found;
    }

    /** The period; only for a plan without problems. */
    public RoundPeriod period() {
        return new RoundPeriod(start, end, intakeDeadline, preferencesDeadline, hostRankingDeadline);
    }

    /** The day the mid-term evaluation opens: as typed, or halfway through the round. */
    public LocalDate midTermOrStandard() {
        return midTermEvaluationOpens != null ? midTermEvaluationOpens : Round.standardMidTerm(start, end);
    }

    /** The day the final evaluation opens: as typed, or two weeks before the end (not before the mid-term one). */
    public LocalDate finalOrStandard() {
        return finalEvaluationOpens != null ? finalEvaluationOpens : Round.standardFinalOpens(end, midTermOrStandard());
    }

    /** The same plan with the name stripped of surrounding spaces. */
    RoundPlan stripped() {
        return new RoundPlan(
                name == null ? null : name.strip(),
                start,
                end,
                intakeDeadline,
                preferencesDeadline,
                hostRankingDeadline,
                midTermEvaluationOpens,
                finalEvaluationOpens);
    }

    /** The same plan with other evaluation days (null for the standard one). */
    RoundPlan withEvaluations(LocalDate midTerm, LocalDate finalOpens) {
        return new RoundPlan(
                name, start, end, intakeDeadline, preferencesDeadline, hostRankingDeadline, midTerm, finalOpens);
    }

    private boolean isGiven(String field) {
        return "midTermEvaluationOpens".equals(field)
                ? midTermEvaluationOpens != null
                : !"finalEvaluationOpens".equals(field) || finalEvaluationOpens != null;
    }

    private static void required(String field, LocalDate value, List<ScheduleProblem> found) {
        if (value == null) {
            found.add(ScheduleProblem.of(field, "round.invalid.date.required"));
        }
    }
}
