package nl.traineeplanner.engine.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.traineeplanner.engine.Assignment;
import nl.traineeplanner.engine.HistoryEntry;
import nl.traineeplanner.engine.HostPreference;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Organisation;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Round;
import nl.traineeplanner.engine.Trainee;

/**
 * Generates realistic instances of any size from a seed: three rounds of eight months, about 15 % more places
 * than trainees in every round, organisations spread over the province's ten municipalities, assignments of
 * two programmes and twelve domains whose popularity is skewed (Zipf-like), trainee history, travel limits,
 * exclusions, host rankings and two pins. Trainees only rank assignments they may do, and every trainee ranks
 * something in every round, so each pin is allowed and no travel limit leaves a round unreachable. The same
 * size and seed give the same instance.
 */
public final class InstanceGenerator {

    /** Places per round relative to trainees. */
    public static final double PLACES_PER_TRAINEE = 1.15;

    static final String[] PROGRAMMES = {"tvg", "npg"};
    static final String[] DOMAINS = {
        "ruimtelijke-ontwikkeling", "europese-zaken", "communicatie", "data-en-informatie",
        "onderwijs-en-jeugd", "programmamanagement", "energie", "economie",
        "sociaal-domein", "mobiliteit", "water-en-klimaat", "veiligheid"
    };
    private static final String[] OTHER_BODIES = {
        "provincie", "waterschap-noorderzijlvest", "waterschap-hunze-en-aas", "snn", "nationaal-programma-groningen"
    };
    private static final String HISTORY_ROUND = "2026-2";
    private static final double ZIPF_EXPONENT = 0.9;
    private static final int TRIES = 60;

    private final Random random;
    private final int traineeCount;
    private final List<Round> rounds;
    private final Organisations organisations;
    private final Assignments assignments;

    private InstanceGenerator(int traineeCount, long seed) {
        this.random = new Random(seed);
        this.traineeCount = traineeCount;
        this.rounds = rounds();
        this.organisations = new Organisations(Math.max(15, traineeCount / 8));
        this.assignments = new Assignments((int) Math.ceil(PLACES_PER_TRAINEE * traineeCount));
    }

    /** An instance with the given number of trainees (at least 1), the same for the same seed. */
    public static Instance generate(int traineeCount, long seed) {
        if (traineeCount < 1) {
            throw new IllegalArgumentException("at least one trainee");
        }
        return new InstanceGenerator(traineeCount, seed).build();
    }

    private static List<Round> rounds() {
        List<Round> rounds = new ArrayList<>();
        LocalDate start = LocalDate.of(2027, 1, 1);
        for (int r = 1; r <= 3; r++) {
            rounds.add(new Round("R" + r, start, start.plusMonths(8).minusDays(1)));
            start = start.plusMonths(8);
        }
        return rounds;
    }

    private Instance build() {
        Trainees trainees = new Trainees();
        List<Assignment> assignmentList = new ArrayList<>(assignments.count);
        for (int a = 0; a < assignments.count; a++) {
            assignmentList.add(assignments.toRecord(a));
        }
        return new Instance(
                rounds,
                organisations.toRecords(),
                assignmentList,
                trainees.toRecords(),
                trainees.hostPreferences(),
                trainees.pins(),
                null);
    }

    private static String id(char prefix, int index, int count) {
        int width = Math.max(2, String.valueOf(count).length());
        StringBuilder s = new StringBuilder().append(prefix).append(index + 1);
        while (s.length() < width + 1) {
            s.insert(1, '0');
        }
        return s.toString();
    }

    // ---- organisations -------------------------------------------------------------------------

    /** Municipalities first, then the other public bodies, then invented hosts, each near a municipality. */
    private final class Organisations {
        final String[] ids;
        final Location[] locations;

        Organisations(int count) {
            ids = new String[count];
            locations = new Location[count];
            for (int o = 0; o < count; o++) {
                int municipality;
                if (o < Geography.MUNICIPALITIES.length) {
                    municipality = o;
                    ids[o] = "gem-" + Geography.MUNICIPALITIES[o];
                } else if (o < Geography.MUNICIPALITIES.length + OTHER_BODIES.length) {
                    municipality = 0;
                    ids[o] = OTHER_BODIES[o - Geography.MUNICIPALITIES.length];
                } else {
                    municipality = Geography.municipality(random, 0.3);
                    ids[o] = id('O', o, count);
                }
                locations[o] = Geography.near(municipality, random);
            }
        }

        List<Organisation> toRecords() {
            List<Organisation> list = new ArrayList<>(ids.length);
            for (int o = 0; o < ids.length; o++) {
                list.add(new Organisation(ids[o], ids[o], locations[o]));
            }
            return list;
        }
    }

    // ---- assignments ---------------------------------------------------------------------------

    /** Assignments in primitive arrays, added until every round offers the target number of places. */
    private final class Assignments {
        int count;
        int[] organisation = new int[64];
        int[] capacity = new int[64];
        int[] roundMask = new int[64];
        int[] programme = new int[64];
        int[] domain = new int[64];
        final int[][] offeredIn = new int[3][];
        final double[][] cumulativePopularity = new double[3][];

        Assignments(int placesPerRound) {
            int[] places = new int[3];
            while (places[0] < placesPerRound || places[1] < placesPerRound || places[2] < placesPerRound) {
                add(places, placesPerRound);
            }
            popularity();
        }

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
            int wanted = k < 0.5 ? 1 : k < 0.8 ? 2 : 3;
            int mask = 0;
            // Offer it in rounds still short of places, so every round ends just above the target.
            int[] short_ = new int[3];
            int shortCount = 0;
            for (int r = 0; r < 3; r++) {
                if (places[r] < target) {
                    short_[shortCount++] = r;
                }
            }
            for (int i = 0; i < Math.min(wanted, shortCount); i++) {
                int j = i + random.nextInt(shortCount - i);
                int r = short_[j];
                short_[j] = short_[i];
                short_[i] = r;
                mask |= 1 << r;
                places[r] += cap;
            }
            organisation[count] = random.nextInt(organisations.ids.length);
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
            shuffle(order);
            double[] weight = new double[count];
            for (int i = 0; i < count; i++) {
                weight[order[i]] = 1.0 / Math.pow(i + 1, ZIPF_EXPONENT);
            }
            for (int r = 0; r < 3; r++) {
                int n = 0;
                int[] offered = new int[count];
                for (int a = 0; a < count; a++) {
                    if ((roundMask[a] & (1 << r)) != 0) {
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

        /** A random assignment offered in round r, popular ones more often. */
        int sample(int r) {
            double[] cumulative = cumulativePopularity[r];
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            int index = i >= 0 ? i : -i - 1;
            return offeredIn[r][Math.min(index, cumulative.length - 1)];
        }

        Location location(int a) {
            return organisations.locations[organisation[a]];
        }

        Assignment toRecord(int a) {
            List<String> offered = new ArrayList<>(3);
            for (int r = 0; r < 3; r++) {
                if ((roundMask[a] & (1 << r)) != 0) {
                    offered.add(rounds.get(r).id());
                }
            }
            String title = DOMAINS[domain[a]] + " bij " + organisations.ids[organisation[a]];
            return new Assignment(
                    id('A', a, count),
                    title,
                    organisations.ids[organisation[a]],
                    PROGRAMMES[programme[a]],
                    DOMAINS[domain[a]],
                    offered,
                    capacity[a],
                    null,
                    0);
        }
    }

    private void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int v = values[i];
            values[i] = values[j];
            values[j] = v;
        }
    }

    // ---- trainees ------------------------------------------------------------------------------

    /** Trainees with their preferences (assignment indices), and what hosts and coordinator say of them. */
    private final class Trainees {
        final String[] ids = new String[traineeCount];
        final Location[] homes = new Location[traineeCount];
        final int[][] preferences = new int[traineeCount][];
        final int[] historyOrganisation = new int[traineeCount]; // -1 when none
        final int[] historyProgramme = new int[traineeCount];
        final int[] historyDomain = new int[traineeCount];
        final double[] maxTravelKm = new double[traineeCount]; // NaN when none
        final int[] excludedOrganisation = new int[traineeCount]; // -1 when none

        Trainees() {
            for (int t = 0; t < traineeCount; t++) {
                ids[t] = id('T', t, traineeCount);
                homes[t] = Geography.near(Geography.municipality(random, 0.45), random);
                historyOrganisation[t] = -1;
                if (random.nextDouble() < 0.2) {
                    historyOrganisation[t] = random.nextInt(organisations.ids.length);
                    historyProgramme[t] = random.nextInt(PROGRAMMES.length);
                    historyDomain[t] = random.nextInt(DOMAINS.length);
                }
                maxTravelKm[t] = random.nextDouble() < 0.2 ? 40 + random.nextInt(41) : Double.NaN;
                preferences[t] = choose(t, 5 + random.nextInt(4));
                excludedOrganisation[t] = random.nextDouble() < 0.1 ? exclusion(t) : -1;
            }
        }

        /** One choice per round first, so every round has one, then popular ones of any round; mixed order. */
        private int[] choose(int t, int wanted) {
            int[] chosen = new int[wanted];
            int n = 0;
            for (int r = 0; r < 3; r++) {
                int a = sampleAcceptable(t, r, chosen, n);
                if (a < 0 && !Double.isNaN(maxTravelKm[t])) {
                    // Never so tight that a round has nothing reachable: drop the limit instead.
                    maxTravelKm[t] = Double.NaN;
                    a = sampleAcceptable(t, r, chosen, n);
                }
                if (a >= 0) {
                    chosen[n++] = a;
                }
            }
            while (n < wanted) {
                int a = sampleAcceptable(t, random.nextInt(3), chosen, n);
                if (a < 0) {
                    break;
                }
                chosen[n++] = a;
            }
            int[] result = Arrays.copyOf(chosen, n);
            shuffle(result);
            return result;
        }

        private int sampleAcceptable(int t, int r, int[] chosen, int n) {
            for (int i = 0; i < TRIES; i++) {
                int a = assignments.sample(r);
                if (acceptable(t, a, chosen, n)) {
                    return a;
                }
            }
            for (int a : assignments.offeredIn[r]) {
                if (acceptable(t, a, chosen, n)) {
                    return a;
                }
            }
            return -1;
        }

        /** New in the list, not at the organisation of the history, within the travel limit. */
        private boolean acceptable(int t, int a, int[] chosen, int n) {
            for (int i = 0; i < n; i++) {
                if (chosen[i] == a) {
                    return false;
                }
            }
            if (assignments.organisation[a] == historyOrganisation[t]) {
                return false;
            }
            return Double.isNaN(maxTravelKm[t]) || homes[t].distanceKm(assignments.location(a)) <= maxTravelKm[t];
        }

        /** An organisation the trainee did not rank nor work at before, or -1 when there is none. */
        private int exclusion(int t) {
            for (int i = 0; i < TRIES; i++) {
                int o = random.nextInt(organisations.ids.length);
                boolean ranked = false;
                for (int a : preferences[t]) {
                    ranked |= assignments.organisation[a] == o;
                }
                if (!ranked && o != historyOrganisation[t]) {
                    return o;
                }
            }
            return -1;
        }

        List<Trainee> toRecords() {
            List<Trainee> list = new ArrayList<>(traineeCount);
            for (int t = 0; t < traineeCount; t++) {
                List<String> prefs = new ArrayList<>(preferences[t].length);
                for (int a : preferences[t]) {
                    prefs.add(id('A', a, assignments.count));
                }
                List<HistoryEntry> history = historyOrganisation[t] < 0
                        ? List.of()
                        : List.of(new HistoryEntry(
                                HISTORY_ROUND,
                                organisations.ids[historyOrganisation[t]],
                                PROGRAMMES[historyProgramme[t]],
                                DOMAINS[historyDomain[t]]));
                Set<String> excluded =
                        excludedOrganisation[t] < 0 ? Set.of() : Set.of(organisations.ids[excludedOrganisation[t]]);
                Double limit = Double.isNaN(maxTravelKm[t]) ? null : maxTravelKm[t];
                list.add(new Trainee(
                        ids[t], "Trainee " + (t + 1), homes[t], List.of(), prefs, excluded, limit, history));
            }
            return list;
        }

        /** About 30 % of the ranked assignments get a host list: most of the trainees who ranked it, shuffled. */
        List<HostPreference> hostPreferences() {
            int[] rankers = new int[assignments.count];
            for (int[] prefs : preferences) {
                for (int a : prefs) {
                    rankers[a]++;
                }
            }
            int[][] byAssignment = new int[assignments.count][];
            for (int a = 0; a < assignments.count; a++) {
                byAssignment[a] = new int[rankers[a]];
                rankers[a] = 0;
            }
            for (int t = 0; t < traineeCount; t++) {
                for (int a : preferences[t]) {
                    byAssignment[a][rankers[a]++] = t;
                }
            }
            List<HostPreference> list = new ArrayList<>();
            for (int a = 0; a < assignments.count; a++) {
                if (byAssignment[a].length == 0 || random.nextDouble() >= 0.3) {
                    continue;
                }
                int[] candidates = byAssignment[a];
                shuffle(candidates);
                List<String> ranked = new ArrayList<>();
                for (int t : candidates) {
                    if (ranked.size() < 10 && random.nextDouble() < 0.7) {
                        ranked.add(ids[t]);
                    }
                }
                if (!ranked.isEmpty()) {
                    list.add(new HostPreference(id('A', a, assignments.count), ranked));
                }
            }
            return list;
        }

        /** Two trainees pinned at their first choice, in a round where it is offered; allowed by construction. */
        List<Placement> pins() {
            List<Placement> pins = new ArrayList<>();
            int usedAssignment = -1;
            int start = random.nextInt(traineeCount);
            for (int i = 0; i < traineeCount && pins.size() < 2; i++) {
                int t = (start + i) % traineeCount;
                if (preferences[t].length == 0 || preferences[t][0] == usedAssignment) {
                    continue;
                }
                int a = preferences[t][0];
                int r = Integer.numberOfTrailingZeros(assignments.roundMask[a]);
                pins.add(new Placement(ids[t], rounds.get(r).id(), id('A', a, assignments.count)));
                usedAssignment = a;
            }
            return pins;
        }
    }
}
