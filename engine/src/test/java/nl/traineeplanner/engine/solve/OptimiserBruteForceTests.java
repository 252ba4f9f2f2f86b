package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.HistoryEntry;
import nl.traineeplanner.engine.HostPreference;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Organisation;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.Round;
import nl.traineeplanner.engine.Scorer;
import nl.traineeplanner.engine.Trainee;
import nl.traineeplanner.engine.Weights;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Property test: on random small instances the optimiser finds exactly the brute-force optimum. */
class OptimiserBruteForceTests {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
    void matchesBruteForceOnRandomSmallInstances(long seed) {
        Instance instance = randomInstance(new Random(seed));
        Problem problem = new Problem(instance);

        Optimiser.Result result =
                Optimiser.solve(problem, Optimiser.Options.defaults().withTimeLimit(Duration.ofSeconds(30)));

        long brute = bruteForceOptimum(problem);
        assertThat(result.optimal()).isTrue();
        assertThat(result.objective()).isEqualTo(brute);
        assertThat(Scorer.score(problem, result.placements()).total()).isEqualTo(result.objective());
        assertThat(keepsHardRules(problem, result.placements())).isTrue();
    }

    static Instance randomInstance(Random rnd) {
        int nR = 1 + rnd.nextInt(2);
        int nO = 2 + rnd.nextInt(3);
        int nA = 2 + rnd.nextInt(3);
        int nT = 2 + rnd.nextInt(2);
        List<Round> rounds = new ArrayList<>();
        for (int r = 0; r < nR; r++) {
            rounds.add(new Round("R" + r, null, null));
        }
        List<Organisation> orgs = new ArrayList<>();
        for (int o = 0; o < nO; o++) {
            orgs.add(new Organisation(
                    "O" + o, "O" + o, new Location(53 + rnd.nextDouble() * 0.4, 6.3 + rnd.nextDouble() * 0.8)));
        }
        String[] domains = {"d1", "d2", "d3"};
        String[] programmes = {"tvg", "npg"};
        List<Assignment> assignments = new ArrayList<>();
        for (int a = 0; a < nA; a++) {
            List<String> offered = new ArrayList<>();
            for (int r = 0; r < nR; r++) {
                if (rnd.nextInt(3) > 0 || offered.isEmpty() && r == nR - 1) {
                    offered.add("R" + r);
                }
            }
            assignments.add(new Assignment(
                    "A" + a,
                    "A" + a,
                    "O" + rnd.nextInt(nO),
                    programmes[rnd.nextInt(2)],
                    domains[rnd.nextInt(3)],
                    offered,
                    1 + rnd.nextInt(2),
                    null,
                    rnd.nextInt(4) == 0 ? 50 : 0));
        }
        List<Trainee> trainees = new ArrayList<>();
        for (int t = 0; t < nT; t++) {
            List<String> prefs = new ArrayList<>();
            for (int a = 0; a < nA; a++) {
                if (rnd.nextBoolean()) {
                    prefs.add("A" + a);
                }
            }
            java.util.Collections.shuffle(prefs, rnd);
            List<HistoryEntry> history = rnd.nextInt(3) == 0
                    ? List.of(new HistoryEntry(
                            "earlier", "O" + rnd.nextInt(nO), programmes[rnd.nextInt(2)], domains[rnd.nextInt(3)]))
                    : List.of();
            Set<String> excluded = rnd.nextInt(4) == 0 ? Set.of("O" + rnd.nextInt(nO)) : Set.of();
            Double limit = rnd.nextInt(4) == 0 ? 20.0 + rnd.nextInt(30) : null;
            trainees.add(new Trainee(
                    "T" + t,
                    "T" + t,
                    new Location(53 + rnd.nextDouble() * 0.4, 6.3 + rnd.nextDouble() * 0.8),
                    List.of(),
                    prefs,
                    excluded,
                    limit,
                    history));
        }
        List<HostPreference> hosts = new ArrayList<>();
        for (int a = 0; a < nA; a++) {
            if (rnd.nextInt(3) == 0) {
                List<String> ranked = new ArrayList<>();
                for (int t = 0; t < nT; t++) {
                    if (rnd.nextBoolean()) {
                        ranked.add("T" + t);
                    }
                }
                hosts.add(new HostPreference("A" + a, ranked));
            }
        }
        Weights weights = new Weights(10, 300, 5, 100, 1, 80, 60, 1000 + rnd.nextInt(2) * 99_000, rnd.nextInt(4));
        return new Instance(rounds, orgs, assignments, trainees, hosts, List.of(), weights);
    }

    static long bruteForceOptimum(Problem problem) {
        long[] best = {Long.MAX_VALUE};
        forEveryPlan(
                problem,
                plan -> best[0] = Math.min(best[0], Scorer.score(problem, plan).total()));
        return best[0];
    }

    /** Hands over every plan of the problem that keeps the hard rules: each trainee and round, any or no place. */
    static void forEveryPlan(Problem problem, Consumer<List<Placement>> plans) {
        search(problem, new int[problem.traineeCount() * problem.roundCount()], 0, plans);
    }

    private static void search(Problem problem, int[] choice, int k, Consumer<List<Placement>> plans) {
        int nR = problem.roundCount();
        if (k == choice.length) {
            List<Placement> placements = new ArrayList<>();
            for (int i = 0; i < choice.length; i++) {
                if (choice[i] >= 0) {
                    placements.add(new Placement(
                            problem.trainee(i / nR).id(),
                            problem.round(i % nR).id(),
                            problem.assignment(choice[i]).id()));
                }
            }
            if (keepsHardRules(problem, placements)) {
                plans.accept(placements);
            }
            return;
        }
        for (int a = -1; a < problem.assignmentCount(); a++) {
            choice[k] = a;
            search(problem, choice, k + 1, plans);
        }
    }

    static boolean keepsHardRules(Problem problem, List<Placement> placements) {
        Set<String> traineeRound = new HashSet<>();
        Set<String> traineeOrganisation = new HashSet<>();
        java.util.Map<String, Integer> taken = new java.util.HashMap<>();
        for (Placement p : placements) {
            int t = problem.traineeIndex(p.trainee());
            int r = problem.roundIndex(p.round());
            int a = problem.assignmentIndex(p.assignment());
            if (!problem.allowed(t, r, a)) {
                return false;
            }
            if (!traineeRound.add(t + "/" + r)) {
                return false;
            }
            if (!traineeOrganisation.add(t + "/" + problem.organisationOf(a))) {
                return false;
            }
            if (taken.merge(a + "/" + r, 1, Integer::sum)
                    > problem.assignment(a).capacity()) {
                return false;
            }
        }
        return true;
    }
}
