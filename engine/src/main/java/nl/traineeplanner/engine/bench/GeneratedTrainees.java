package nl.traineeplanner.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.traineeplanner.engine.HistoryEntry;
import nl.traineeplanner.engine.HostPreference;
import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.Trainee;

/**
 * The trainees of a generated instance in primitive arrays, with what hosts and coordinator say of them.
 * Trainees only rank assignments they may do (not at the organisation of their history, within their travel
 * limit) and exclude an organisation they did not rank, so their first choice is always an allowed pin.
 */
final class GeneratedTrainees {

    private static final String HISTORY_ROUND = "2026-2";
    private static final int TRIES = 60;

    private final Random random;
    private final InstanceFamily family;
    private final GeneratedAssignments assignments;
    private final GeneratedOrganisations organisations;
    private final int count;
    private final String[] ids;
    private final Location[] homes;
    private final int[][] preferences; // assignment indices, best first
    private final int[] historyOrganisation; // -1 when none
    private final int[] historyProgramme;
    private final int[] historyDomain;
    private final double[] maxTravelKm; // NaN when none
    private final int[] excludedOrganisation; // -1 when none

    GeneratedTrainees(
            Random random,
            InstanceFamily family,
            int count,
            GeneratedAssignments assignments,
            GeneratedOrganisations organisations) {
        this.random = random;
        this.family = family;
        this.assignments = assignments;
        this.organisations = organisations;
        this.count = count;
        ids = new String[count];
        homes = new Location[count];
        preferences = new int[count][];
        historyOrganisation = new int[count];
        historyProgramme = new int[count];
        historyDomain = new int[count];
        maxTravelKm = new double[count];
        excludedOrganisation = new int[count];
        for (int t = 0; t < count; t++) {
            ids[t] = InstanceGenerator.id('T', t, count);
            homes[t] = Geography.near(Geography.municipality(random, 0.45), random);
            historyOrganisation[t] = -1;
            if (random.nextDouble() < family.historyShare()) {
                historyOrganisation[t] = random.nextInt(organisations.count());
                historyProgramme[t] = random.nextInt(GeneratedAssignments.PROGRAMMES.length);
                historyDomain[t] = random.nextInt(GeneratedAssignments.DOMAINS.length);
            }
            maxTravelKm[t] = random.nextDouble() < family.travelShare()
                    ? family.minTravelKm() + random.nextInt(family.maxTravelKm() - family.minTravelKm() + 1)
                    : Double.NaN;
            boolean ranksNothing = family.noPreferencesShare() > 0 && random.nextDouble() < family.noPreferencesShare();
            preferences[t] = ranksNothing
                    ? new int[0]
                    : choose(t, family.minChoices() + random.nextInt(family.maxChoices() - family.minChoices() + 1));
            keepEveryRoundReachable(t);
            excludedOrganisation[t] = random.nextDouble() < 0.1 ? exclusion(t) : -1;
        }
    }

    /**
     * One choice per round first, so every round has one (unless the list is shorter than the rounds), then
     * popular ones of any round; mixed order, or the order drawn when the family says choices follow popularity.
     */
    private int[] choose(int t, int wanted) {
        int[] chosen = new int[wanted];
        int n = 0;
        for (int r = 0; r < GeneratedAssignments.ROUNDS && wanted >= GeneratedAssignments.ROUNDS; r++) {
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
            int a = sampleAcceptable(t, random.nextInt(GeneratedAssignments.ROUNDS), chosen, n);
            if (a < 0) {
                break;
            }
            chosen[n++] = a;
        }
        int[] result = Arrays.copyOf(chosen, n);
        if (!family.choicesByPopularity()) {
            InstanceGenerator.shuffle(result, random);
        }
        return result;
    }

    /** A travel limit that leaves a round without any allowed assignment is dropped. */
    private void keepEveryRoundReachable(int t) {
        for (int r = 0; r < GeneratedAssignments.ROUNDS && !Double.isNaN(maxTravelKm[t]); r++) {
            boolean reachable = false;
            for (int a : assignments.offeredIn[r]) {
                if (acceptable(t, a, preferences[t], 0)) {
                    reachable = true;
                    break;
                }
            }
            if (!reachable) {
                maxTravelKm[t] = Double.NaN;
            }
        }
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

    /** An organisation the trainee did not rank nor work at before, or -1 when none is found. */
    private int exclusion(int t) {
        for (int i = 0; i < TRIES; i++) {
            int o = random.nextInt(organisations.count());
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
        List<Trainee> list = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            List<String> prefs = new ArrayList<>(preferences[t].length);
            for (int a : preferences[t]) {
                prefs.add(assignments.id(a));
            }
            List<HistoryEntry> history = historyOrganisation[t] < 0
                    ? List.of()
                    : List.of(new HistoryEntry(
                            HISTORY_ROUND,
                            organisations.id(historyOrganisation[t]),
                            GeneratedAssignments.PROGRAMMES[historyProgramme[t]],
                            GeneratedAssignments.DOMAINS[historyDomain[t]]));
            Set<String> excluded =
                    excludedOrganisation[t] < 0 ? Set.of() : Set.of(organisations.id(excludedOrganisation[t]));
            Double limit = Double.isNaN(maxTravelKm[t]) ? null : maxTravelKm[t];
            list.add(new Trainee(ids[t], "Trainee " + (t + 1), homes[t], List.of(), prefs, excluded, limit, history));
        }
        return list;
    }

    /**
     * About 30 % of the ranked assignments get a host list: some of the trainees who ranked it (≤ 10), shuffled.
     * When the family puts host lists on all assignments, 30 % of all assignments get one, filled up to 3–10
     * trainees with trainees who did not rank it.
     */
    List<HostPreference> hostPreferences() {
        int[][] rankedBy = rankedBy();
        List<HostPreference> list = new ArrayList<>();
        boolean all = family.hostListsOnAllAssignments();
        for (int a = 0; a < assignments.count; a++) {
            if ((rankedBy[a].length == 0 && !all) || random.nextDouble() >= 0.3) {
                continue;
            }
            InstanceGenerator.shuffle(rankedBy[a], random);
            List<String> ranked = new ArrayList<>();
            Set<Integer> taken = new HashSet<>();
            for (int t : rankedBy[a]) {
                if (ranked.size() < 10 && random.nextDouble() < 0.7) {
                    ranked.add(ids[t]);
                    taken.add(t);
                }
            }
            int length = all ? Math.min(count, 3 + random.nextInt(8)) : 0;
            while (ranked.size() < length) {
                int t = random.nextInt(count);
                if (taken.add(t)) {
                    ranked.add(ids[t]);
                }
            }
            if (!ranked.isEmpty()) {
                list.add(new HostPreference(assignments.id(a), ranked));
            }
        }
        return list;
    }

    /** Per assignment, the trainees who ranked it, in trainee order. */
    private int[][] rankedBy() {
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
        for (int t = 0; t < count; t++) {
            for (int a : preferences[t]) {
                byAssignment[a][rankers[a]++] = t;
            }
        }
        return byAssignment;
    }

    /** Two trainees pinned at their first choice in the first round it is offered, at different assignments. */
    List<Placement> pins(List<String> roundIds) {
        List<Placement> pins = new ArrayList<>();
        int usedAssignment = -1;
        int start = random.nextInt(count);
        for (int i = 0; i < count && pins.size() < 2; i++) {
            int t = (start + i) % count;
            if (preferences[t].length == 0 || preferences[t][0] == usedAssignment) {
                continue;
            }
            int a = preferences[t][0];
            int r = Integer.numberOfTrailingZeros(assignments.roundMask[a]);
            pins.add(new Placement(ids[t], roundIds.get(r), assignments.id(a)));
            usedAssignment = a;
        }
        return pins;
    }
}
