package nl.traineeplanner.engine.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Scorer;

/** Puts the cost terms of placements and trainees into words, with the numbers of {@link Problem} and {@link Scorer}. */
final class CostWords {

    private static final String[] ORDINAL_NL = {"", "eerste", "tweede", "derde", "vierde", "vijfde"};
    private static final String[] ORDINAL_EN = {"", "first", "second", "third", "fourth", "fifth"};

    private CostWords() {}

    static PlacementExplanation placement(PlanView plan, int t, int r) {
        Problem problem = plan.problem;
        int a = plan.assignmentOf(t, r);
        List<Text> terms = new ArrayList<>();
        long cost = 0;

        long preference = problem.preferenceCost(t, r, a);
        int rank = problem.preferenceRank(t, r, a);
        if (rank > 0) {
            terms.add(points(
                    Words.ordinalNl(rank) + " keuze van de trainee",
                    Words.ordinalEn(rank) + " choice of the trainee",
                    preference));
        } else if (problem.ranked(t, r).length > 0) {
            terms.add(points(
                    "niet gekozen door de trainee, die wel opdrachten in deze ronde koos",
                    "not chosen by the trainee, who did choose assignments in this round",
                    preference));
        }
        cost += preference;

        long host = problem.hostCost(a, t);
        if (problem.hostHasList(a)) {
            int hostRank = problem.hostRank(a, t);
            terms.add(
                    hostRank > 0
                            ? points(
                                    Words.ordinalNl(hostRank) + " keuze van de opdrachtgever",
                                    Words.ordinalEn(hostRank) + " choice of the host",
                                    host)
                            : points("niet gekozen door de opdrachtgever", "not ranked by the host", host));
        }
        cost += host;

        double km = problem.distanceKm(t, a);
        if (!Double.isNaN(km)) {
            long travel = problem.travelCost(t, a);
            terms.add(points(
                    "reisafstand " + Math.round(km) + " km", "travel distance " + Math.round(km) + " km", travel));
            cost += travel;
        }

        int earlier = sameDomainBefore(plan, t, r, a);
        if (earlier > 0) {
            long repeat = problem.weights().domainRepeat();
            String domain = problem.domainName(problem.domainOf(a));
            terms.add(points(
                    ordinal(ORDINAL_NL, earlier + 1, "e") + " opdracht in beleidsterrein " + domain,
                    ordinal(ORDINAL_EN, earlier + 1, "th") + " assignment in domain " + domain,
                    repeat));
            cost += repeat;
        }
        return new PlacementExplanation(
                plan.id(t), problem.round(r).id(), problem.assignment(a).id(), plan.pinned(t, r, a), cost, terms);
    }

    /** Placements of t in the same domain before this one: history first, then planned rounds in order. */
    private static int sameDomainBefore(PlanView plan, int t, int r, int a) {
        Problem problem = plan.problem;
        int domain = problem.domainOf(a);
        int count = problem.historyDomainCount(t, domain);
        for (int earlier = 0; earlier < r; earlier++) {
            int other = plan.assignmentOf(t, earlier);
            if (other >= 0 && problem.domainOf(other) == domain) {
                count++;
            }
        }
        return count;
    }

    static TraineeExplanation trainee(PlanView plan, int t, Scorer.Score score) {
        Problem problem = plan.problem;
        List<Text> notes = new ArrayList<>();
        List<Integer> planned = new ArrayList<>();
        for (int r = 0; r < problem.roundCount(); r++) {
            int a = plan.assignmentOf(t, r);
            if (a >= 0) {
                planned.add(a);
            } else if (problem.traineeInRound(t, r)) {
                String round = problem.round(r).id();
                notes.add(points(
                        "niet geplaatst in ronde " + round,
                        "not placed in round " + round,
                        problem.weights().unplaced()));
            }
        }
        long missing = problem.programmeMissingCost(
                t, planned.stream().mapToInt(Integer::intValue).toArray());
        if (missing > 0) {
            TreeSet<String> have = new TreeSet<>();
            for (int p = 0; p < problem.programmeCount(); p++) {
                if (problem.historyHasProgramme(t, p)) {
                    have.add(problem.programmeName(p));
                }
            }
            planned.forEach(a -> have.add(problem.programmeName(problem.programmeOf(a))));
            int needed = problem.neededProgrammes(t);
            notes.add(points(
                    have.size() + " van de " + needed + " nodige programma's gedaan (" + String.join(", ", have) + ")",
                    have.size() + " of the " + needed + " programmes needed done (" + String.join(", ", have) + ")",
                    missing));
        }
        long worst = 0;
        for (long p : score.preferencePerTrainee()) {
            worst = Math.max(worst, p);
        }
        long own = score.preferencePerTrainee()[t];
        if (worst > 0 && own == worst) {
            notes.add(points(
                    "hoogste voorkeurskosten van alle trainees (" + own + "), telt mee in de eerlijkheidsterm",
                    "highest preference cost of all trainees (" + own + "), counted by the fairness term",
                    score.cost().fairness()));
        }
        return new TraineeExplanation(plan.id(t), notes);
    }

    static Text points(String nl, String en, long points) {
        return new Text(nl + ": " + points + " strafpunten", en + ": " + points + " penalty points");
    }

    private static String ordinal(String[] words, int n, String suffix) {
        if (n < words.length) {
            return words[n];
        }
        return suffix.equals("e") ? Words.ordinalNl(n) : Words.ordinalEn(n);
    }
}
