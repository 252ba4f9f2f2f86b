package nl.traineeplanner.engine.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Round;

/**
 * Generates realistic instances of any size from a seed: three rounds of eight months, about 15 % more places
 * than trainees in every round, max(15, n/8) organisations spread over the province's ten municipalities
 * (jittered by about ±8 km), assignments of capacity 1–3 offered in 1–3 rounds, of two programmes and twelve
 * domains, whose popularity in the trainees' 5–8 choices is skewed (Zipf-like). About 20 % of trainees have
 * one earlier placement, 20 % a travel limit of 40–80 km, 10 % an excluded organisation; about 30 % of the
 * ranked assignments have a host list; two trainees are pinned. Every trainee ranks something allowed in
 * every round, so each pin is allowed and no travel limit leaves a round unreachable. The same size and seed
 * give the same instance (on any JVM: {@link java.util.Random} and {@link StrictMath} are specified exactly);
 * the work is done in primitive arrays so that 10,000 trainees take well under a
 * second. Other {@link InstanceFamily families} turn these knobs (popularity, supply, rounds per assignment,
 * history, travel limits, list lengths, host lists, organisations).
 */
public final class InstanceGenerator {

    private InstanceGenerator() {}

    /** An instance of the standard family with the given number of trainees (at least 1), the same per seed. */
    public static Instance generate(int traineeCount, long seed) {
        return generate(InstanceFamily.STANDARD, traineeCount, seed);
    }

    /**
     * An instance of the family with the given number of trainees (at least 1), the same for the same family,
     * size and seed. The standard family gives exactly the instances of {@link #generate(int, long)}.
     */
    public static Instance generate(InstanceFamily family, int traineeCount, long seed) {
        if (traineeCount < 1) {
            throw new IllegalArgumentException("at least one trainee");
        }
        Random random = new Random(seed);
        List<Round> rounds = rounds();
        List<String> roundIds = rounds.stream().map(Round::id).toList();
        GeneratedOrganisations organisations = new GeneratedOrganisations(random, family.organisations(traineeCount));
        double supply = family.maxSupply() > family.minSupply()
                ? family.minSupply() + random.nextDouble() * (family.maxSupply() - family.minSupply())
                : family.minSupply();
        int placesPerRound = (int) Math.ceil(supply * traineeCount);
        GeneratedAssignments assignments = new GeneratedAssignments(random, family, organisations, placesPerRound);
        GeneratedTrainees trainees = new GeneratedTrainees(random, family, traineeCount, assignments, organisations);
        List<Assignment> assignmentList = new ArrayList<>(assignments.count);
        for (int a = 0; a < assignments.count; a++) {
            assignmentList.add(assignments.toRecord(a, roundIds));
        }
        return new Instance(
                rounds,
                organisations.toRecords(),
                assignmentList,
                trainees.toRecords(),
                trainees.hostPreferences(),
                trainees.pins(roundIds),
                null);
    }

    private static List<Round> rounds() {
        List<Round> rounds = new ArrayList<>();
        LocalDate start = LocalDate.of(2027, 1, 1);
        for (int r = 1; r <= GeneratedAssignments.ROUNDS; r++) {
            rounds.add(new Round("R" + r, start, start.plusMonths(8).minusDays(1)));
            start = start.plusMonths(8);
        }
        return rounds;
    }

    /** An id such as T007: the prefix and the 1-based number, zero-padded to the width of the count. */
    static String id(char prefix, int index, int count) {
        String number = String.valueOf(index + 1);
        int width = Math.max(2, String.valueOf(count).length());
        return prefix + "0".repeat(Math.max(0, width - number.length())) + number;
    }

    static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int v = values[i];
            values[i] = values[j];
            values[j] = v;
        }
    }
}
