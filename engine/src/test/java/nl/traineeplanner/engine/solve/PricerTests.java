package nl.traineeplanner.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import nl.traineeplanner.engine.Problem;
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
