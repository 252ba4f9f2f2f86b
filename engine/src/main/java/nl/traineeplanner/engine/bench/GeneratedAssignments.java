package nl.traineeplanner.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.Location;

/**
 * The assignments of a generated instance in primitive arrays: added until every one of the three rounds
 * offers the target number of places, each with a Zipf-like popularity that trainees sample their choices by
 * (exponent and rounds per assignment as the {@link InstanceFamily} says).
 */
final class GeneratedAssignments {

    static final String[] PROGRAMMES = {"tvg", "npg"};
    static final String[] DOMAINS = {
        "ruimtelijke-ontwikkeling", "europese-zaken", "communicatie", "data-en-informatie",
        "onderwijs-en-jeugd", "programmamanagement", "energie", "economie",
        "sociaal-domein", "mobiliteit", "water-en-klimaat", "veiligheid"
    };
    static final int ROUNDS = 3;

    private final Random random;
    private final InstanceFamily family;
    private final GeneratedOrganisations organisations;
    int count;
    int[] organisation = new int[64];
    int[] capacity = new int[64];
    int[] roundMask = new int[64];
    int[] programme = new int[64];
    int[] domain = new int[64];
    final int[][] offeredIn = new int[ROUNDS][];
    private final double[][] cumulativePopularity = new double[ROUNDS][];

    GeneratedAssignments(
            Random random, InstanceFamily family, GeneratedOrganisations organisations, int placesPerRound) {
        this.random = random;
        this.family = family;
        this.organisations = organisations;
        int[] places = new int[ROUNDS];
        while (Arrays.stream(places).anyMatch(p -> p < placesPerRound)) {
            add(places, placesPerRound);
        }
        popularity();
    }

    /** Capacity mostly 1, up to 3; offered in 1–3 (or, in a one-round family, 1) of the rounds short of places. */
    private void add(int[] places, int target) {
        if (count == organisation.length) {
            organisation = Arrays.copyOf(organisation, count * 2);
            capacity = Arrays.copyOf(capacity, count * 2);
            roundMask = Arrays.copyOf(roundMask, count * 2);
            programme = Arrays.copyOf(programme, count * 2);
            domain = Arrays.copyOf(domain, count * 2);
        }
        double c = random.nextDouble();
        int cap = c < 0.7 ? 1 : c < 0.9 ? 2 : 3;
        double k = random.nextDouble();
        int wanted = family.oneRound() || k < 0.5 ? 1 : k < 0.8 ? 2 : 3;
        // Only rounds still short of places, so every round ends just above the target.
        int[] shortOf = new int[ROUNDS];
        int shortCount = 0;
        for (int r = 0; r < ROUNDS; r++) {
            if (places[r] < target) {
                shortOf[shortCount++] = r;
            }
        }
        int mask = 0;
        for (int i = 0; i < Math.min(wanted, shortCount); i++) {
            int j = i + random.nextInt(shortCount - i);
            int r = shortOf[j];
            shortOf[j] = shortOf[i];
            shortOf[i] = r;
            mask |= 1 << r;
            places[r] += cap;
        }
        organisation[count] = random.nextInt(organisations.count());
        capacity[count] = cap;
        roundMask[count] = mask;
        programme[count] = random.nextInt(PROGRAMMES.length);
        domain[count] = random.nextInt(DOMAINS.length);
        count++;
    }

    /** Zipf-like weights over a random order of the assignments, cumulated per round for sampling. */
    private void popularity() {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        InstanceGenerator.shuffle(order, random);
        double[] weight = new double[count];
        for (int i = 0; i < count; i++) {
            weight[order[i]] = 1.0 / StrictMath.pow(i + 1, family.zipfExponent());
        }
        for (int r = 0; r < ROUNDS; r++) {
            int n = 0;
            int[] offered = new int[count];
            for (int a = 0; a < count; a++) {
                if (offeredIn(a, r)) {
                    offered[n++] = a;
                }
            }
            offeredIn[r] = Arrays.copyOf(offered, n);
            cumulativePopularity[r] = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += weight[offeredIn[r][i]];
                cumulativePopularity[r][i] = sum;
            }
        }
    }

    boolean offeredIn(int a, int r) {
        return (roundMask[a] & (1 << r)) != 0;
    }

    /** A random assignment offered in round r, popular ones more often. */
    int sample(int r) {
        double[] cumulative = cumulativePopularity[r];
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        int index = i >= 0 ? i : -i - 1;
        return offeredIn[r][Math.min(index, cumulative.length - 1)];
    }

    Location location(int a) {
        return organisations.location(organisation[a]);
    }

    String id(int a) {
        return InstanceGenerator.id('A', a, count);
    }

    Assignment toRecord(int a, List<String> roundIds) {
        List<String> offered = new ArrayList<>(ROUNDS);
        for (int r = 0; r < ROUNDS; r++) {
            if (offeredIn(a, r)) {
                offered.add(roundIds.get(r));
            }
        }
        String host = organisations.id(organisation[a]);
        return new Assignment(
                id(a),
                DOMAINS[domain[a]] + " bij " + host,
                host,
                PROGRAMMES[programme[a]],
                DOMAINS[domain[a]],
                offered,
                capacity[a],
                null,
                0);
    }
}
