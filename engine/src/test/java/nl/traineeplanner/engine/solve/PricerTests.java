package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import nl.traineeplanner.engine.Problem;
import nl.traineeplanner.engine.bench.InstanceFamily;
import nl.traineeplanner.engine.bench.InstanceGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pricing search against every trajectory of a trainee, under random prices and caps on the preference
 * cost: the cheapest ones, every one within a limit, and the budget that stops an enumeration.
 */
class PricerTests {

    private static final double TOLERANCE = 1e-6;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void findsTheCheapestAndEveryTrajectoryWithinALimitUnderACap(long seed) {
        Problem problem = new Problem(InstanceGenerator.generate(24, seed));
        Pricer pricer = new Pricer(problem, problem.instance().pinned(), Integer.MAX_VALUE);
        Random random = new Random(seed);
        double[][] dual = new double[problem.assignmentCount()][problem.roundCount()];
        for (double[] row : dual) {
            for (int r = 0; r < row.length; r++) {
                row[r] = random.nextInt(4) == 0 ? 0 : -50 + 250 * random.nextDouble();
            }
        }
        Pricer.Duals duals = (a, r) -> dual[a][r];
        int checked = 0;
        for (int t = 0; t < problem.traineeCount(); t += 3) {
            List<Priced> all = everyTrajectory(problem, pricer, t, duals);
            long most = all.stream()
                    .mapToLong(p -> p.trajectory().preference())
                    .max()
                    .orElseThrow();
            for (long cap : new long[] {Long.MAX_VALUE, most, most / 2, 90, 0}) {
                List<Priced> allowed = all.stream()
                        .filter(p -> p.trajectory().preference() <= cap)
                        .sorted(Comparator.comparingDouble(Priced::price))
                        .toList();

                List<Pricer.Priced> cheapest = pricer.cheapest(t, duals, cap, 3);

                assertThat(cheapest).hasSize(Math.min(3, allowed.size()));
                for (int k = 0; k < cheapest.size(); k++) {
                    assertThat(cheapest.get(k).price())
                            .as("trainee %d, cap %d, %d-th cheapest", t, cap, k + 1)
                            .isCloseTo(allowed.get(k).price(), org.assertj.core.data.Offset.offset(TOLERANCE));
                }
                if (allowed.isEmpty()) {
                    continue;
                }
                double limit = allowed.get(Math.min(allowed.size() - 1, 40)).price();
                List<String> expected = allowed.stream()
                        .filter(p -> p.price() <= limit + TOLERANCE)
                        .map(p -> Arrays.toString(p.trajectory().assignmentPerRound()))
                        .sorted()
                        .toList();

                List<Pricer.Priced> within = pricer.within(t, duals, limit, cap, new AtomicLong(Long.MAX_VALUE));

                assertThat(within.stream()
                                .map(p -> Arrays.toString(p.trajectory().assignmentPerRound()))
                                .sorted()
                                .toList())
                        .as("trainee %d, cap %d, within %.2f", t, cap, limit)
                        .isEqualTo(expected);
                if (expected.size() > 1) {
                    AtomicLong budget = new AtomicLong(expected.size() - 1);
                    assertThat(pricer.within(t, duals, limit, cap, budget)).isNull();
                    assertThat(budget.get()).isNegative();
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    /**
     * Prices that only charge places take the search's shortcuts: candidates read in order of price only as far as
     * needed, and a candidate skipped when enough cheaper ones of its kind (domain and programme) at other
     * organisations were tried. The cheapest ones must still be the cheapest of all, on a family with many
     * candidates of one kind (most placements unranked, several rounds).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void chargesOnlyFindTheCheapestOfEveryTrajectory(long seed) {
        Problem problem = new Problem(InstanceGenerator.generate(InstanceFamily.UNRANKED, 40, seed));
        Pricer pricer = new Pricer(problem, problem.instance().pinned(), Integer.MAX_VALUE);
        Random random = new Random(seed);
        double[][] charge = new double[problem.assignmentCount()][problem.roundCount()];
        for (double[] row : charge) {
            for (int r = 0; r < row.length; r++) {
                row[r] = random.nextInt(3) == 0 ? -400 * random.nextDouble() : 0;
            }
        }
        Pricer.Duals charges = Pricer.Duals.charges((a, r) -> charge[a][r]);
        int checked = 0;
        for (int t = 0; t < problem.traineeCount(); t += 4) {
            List<Priced> all = everyTrajectory(problem, pricer, t, charges).stream()
                    .sorted(Comparator.comparingDouble(Priced::price))
                    .toList();
            for (int keep : new int[] {1, 3}) {
                List<Pricer.Priced> cheapest = pricer.cheapest(t, charges, Long.MAX_VALUE, keep);

                assertThat(cheapest).hasSize(Math.min(keep, all.size()));
                for (int k = 0; k < cheapest.size(); k++) {
                    assertThat(cheapest.get(k).price())
                            .as("trainee %d, %d-th cheapest of %d", t, k + 1, keep)
                            .isCloseTo(all.get(k).price(), org.assertj.core.data.Offset.offset(TOLERANCE));
                }
            }
            assertThat(pricer.cheapestRelaxed(t, charges).price())
                    .as("trainee %d, relaxed", t)
                    .isCloseTo(all.get(0).price(), org.assertj.core.data.Offset.offset(TOLERANCE));
            checked++;
        }
        assertThat(checked).isEqualTo(10);
    }

    /**
     * With few unranked candidates, the relaxed search may price a trainee cheapest at a place outside them
     * ("elsewhere"): its price is then a lower bound, not the cheapest. Widening the candidates of those trainees,
     * until they have all, raises it to the cheapest of every trajectory.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void widenedCandidatesRaiseTheRelaxedPriceToTheCheapest(long seed) {
        Problem problem = new Problem(InstanceGenerator.generate(InstanceFamily.UNRANKED, 40, seed));
        Pricer pricer = new Pricer(problem, problem.instance().pinned(), 2);
        Random random = new Random(seed);
        double[][] charge = new double[problem.assignmentCount()][problem.roundCount()];
        for (double[] row : charge) {
            for (int r = 0; r < row.length; r++) {
                row[r] = random.nextBoolean() ? -2000 * random.nextDouble() : 0;
            }
        }
        Pricer.Duals charges = Pricer.Duals.charges((a, r) -> charge[a][r]);
        List<Integer> trainees = new ArrayList<>();
        double[] cheapest = new double[problem.traineeCount()];
        for (int t = 0; t < problem.traineeCount(); t += 4) {
            trainees.add(t);
            cheapest[t] = everyTrajectory(problem, pricer, t, charges).stream()
                    .mapToDouble(Priced::price)
                    .min()
                    .orElseThrow();
        }
        assertThat(pricer.complete()).isFalse();
        int elsewhere = 0;
        int widenings = 0;
        while (true) {
            List<Integer> out = new ArrayList<>();
            for (int t : trainees) {
                Pricer.Relaxed relaxed = pricer.cheapestRelaxed(t, charges);
                assertThat(relaxed.price()).as("trainee %d", t).isLessThanOrEqualTo(cheapest[t] + TOLERANCE);
                if (relaxed.elsewhere()) {
                    out.add(t);
                } else {
                    assertThat(relaxed.price())
                            .as("trainee %d", t)
                            .isCloseTo(cheapest[t], org.assertj.core.data.Offset.offset(TOLERANCE));
                }
            }
            if (out.isEmpty()) {
                break;
            }
            elsewhere += out.size();
            assertThat(pricer.widen(out, Long.MAX_VALUE)).isEqualTo(out);
            widenings++;
        }
        assertThat(elsewhere).isPositive();
        assertThat(widenings).isGreaterThan(1);
    }

    private record Priced(Trajectory trajectory, double price) {}

    /** Every trajectory the hard rules allow t on its own: allowed placements, pins kept, organisations apart. */
    private static List<Priced> everyTrajectory(Problem problem, Pricer pricer, int t, Pricer.Duals duals) {
        int[] rounds = pricer.roundsOf(t);
        List<Priced> out = new ArrayList<>();
        collect(problem, pricer, t, duals, rounds, new int[rounds.length], 0, out);
        return out;
    }

    private static void collect(
            Problem problem,
            Pricer pricer,
            int t,
            Pricer.Duals duals,
            int[] rounds,
            int[] choice,
            int i,
            List<Priced> out) {
        if (i == rounds.length) {
            Trajectory tr = pricer.trajectory(t, choice.clone());
            double price = tr.cost();
            for (int k = 0; k < rounds.length; k++) {
                if (choice[k] != Pricer.UNPLACED) {
                    price -= duals.capacity(choice[k], rounds[k]);
                }
            }
            out.add(new Priced(tr, price));
            return;
        }
        List<Integer> options = new ArrayList<>();
        if (pricer.pinned(t, i)) {
            options.add(pricer.candidates(t, i)[0]);
        } else {
            options.add(Pricer.UNPLACED);
            for (int a = 0; a < problem.assignmentCount(); a++) {
                if (problem.allowed(t, rounds[i], a)) {
                    options.add(a);
                }
            }
        }
        for (int a : options) {
            boolean apart = true;
            for (int k = 0; k < i && a != Pricer.UNPLACED; k++) {
                apart &= choice[k] == Pricer.UNPLACED || problem.organisationOf(choice[k]) != problem.organisationOf(a);
            }
            if (apart) {
                choice[i] = a;
                collect(problem, pricer, t, duals, rounds, choice, i + 1, out);
            }
        }
    }
}
