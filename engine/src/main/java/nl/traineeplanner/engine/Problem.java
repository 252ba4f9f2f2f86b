package nl.traineeplanner.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * An indexed, read-only view of a valid {@link Instance}: trainees, rounds and assignments are numbered
 * from 0 in the order of the instance, and every per-placement cost of the spec is answered from here.
 * This class and {@link Scorer} are the only place where the score formula lives.
 */
public final class Problem {

    private final Instance instance;
    private final Weights weights;
    private final Map<String, Integer> traineeIndex = new HashMap<>();
    private final Map<String, Integer> roundIndex = new HashMap<>();
    private final Map<String, Integer> assignmentIndex = new HashMap<>();
    private final Map<String, Integer> organisationIndex = new LinkedHashMap<>();
    private final List<String> domains = new ArrayList<>();
    private final List<String> programmes = new ArrayList<>();

    private final boolean[][] offered; // [a][r]
    private final int[] assignmentOrganisation;
    private final int[] assignmentDomain;
    private final int[] assignmentProgramme;
    private final Location[] assignmentLocation;
    private final int[] assignmentPlace; // index into places, -1 when unknown
    private final List<Location> places = new ArrayList<>();
    private final ThreadLocal<DistanceMemo> distances = ThreadLocal.withInitial(DistanceMemo::new);

    private final boolean[][] traineeInRound; // [t][r]
    private final int[][][] rankedPerRound; // [t][r] = assignments offered in r, in the trainee's order
    private final boolean[][] excludedOrganisation; // [t][o]
    private final boolean[][] historyOrganisation; // [t][o]
    private final int[][] historyDomainCount; // [t][d]
    private final boolean[][] historyProgramme; // [t][p]
    private final int[] neededProgrammes;
    private final Map<Integer, Integer>[] hostRank; // [a] trainee index → 1-based rank
    private final int[][] hostListsOf; // [t] pairs (assignment, 1-based rank) of the host lists t is on
    private final int instanceProgrammeCount;
    private final Set<Placement> pins;

    public Problem(Instance instance) {
        this.instance = instance;
        this.weights = instance.weights();
        this.pins = Set.copyOf(instance.pinned());
        indexIds();
        internAssignmentNames();
        // the programme term counts the programmes the instance offers, not those only in history
        instanceProgrammeCount = programmes.size();
        internHistoryNames();
        offered = offeredRounds();
        assignmentOrganisation = perAssignment(as -> organisationIndex.get(as.organisation()));
        assignmentDomain = perAssignment(as -> domains.indexOf(as.domain()));
        assignmentProgramme = perAssignment(as -> programmes.indexOf(as.programme()));
        assignmentLocation = assignmentLocations();
        assignmentPlace = distinctPlaces();
        traineeInRound = traineeRounds();
        rankedPerRound = rankedPerRound();
        excludedOrganisation = excludedOrganisations();
        historyOrganisation = new boolean[traineeCount()][organisationIndex.size()];
        historyDomainCount = new int[traineeCount()][domains.size()];
        historyProgramme = new boolean[traineeCount()][programmes.size()];
        countHistory();
        neededProgrammes = neededProgrammes();
        hostRank = hostRanks();
        hostListsOf = hostListsOf();
    }

    // ---- the constructor's steps, in order ---------------------------------------------------------

    /** Numbers trainees, rounds, assignments and organisations in the order of the instance. */
    private void indexIds() {
        index(instance.trainees().stream().map(Trainee::id).toList(), traineeIndex);
        index(instance.rounds().stream().map(Round::id).toList(), roundIndex);
        index(instance.assignments().stream().map(Assignment::id).toList(), assignmentIndex);
        index(instance.organisations().stream().map(Organisation::id).toList(), organisationIndex);
    }

    private void internAssignmentNames() {
        for (Assignment a : instance.assignments()) {
            internDomain(a.domain());
            internProgramme(a.programme());
        }
    }

    /** Domains, programmes and organisations that only history names (an earlier round's organisation). */
    private void internHistoryNames() {
        for (Trainee t : instance.trainees()) {
            for (HistoryEntry h : t.history()) {
                internDomain(h.domain());
                internProgramme(h.programme());
                organisationIndex.computeIfAbsent(h.organisation(), k -> organisationIndex.size());
            }
        }
    }

    /** [a][r]: a is offered in round r. */
    private boolean[][] offeredRounds() {
        boolean[][] offeredIn = new boolean[assignmentCount()][roundCount()];
        for (int a = 0; a < offeredIn.length; a++) {
            for (String r : assignment(a).rounds()) {
                offeredIn[a][roundIndex.get(r)] = true;
            }
        }
        return offeredIn;
    }

    private int[] perAssignment(ToIntFunction<Assignment> of) {
        return instance.assignments().stream().mapToInt(of).toArray();
    }

    /** Each assignment's own location, else its organisation's (null when neither is known). */
    private Location[] assignmentLocations() {
        Map<String, Location> organisationLocation = new HashMap<>();
        for (Organisation o : instance.organisations()) {
            organisationLocation.put(o.id(), o.location());
        }
        Location[] locations = new Location[assignmentCount()];
        for (int a = 0; a < locations.length; a++) {
            Assignment as = assignment(a);
            locations[a] = as.location() != null ? as.location() : organisationLocation.get(as.organisation());
        }
        return locations;
    }

    /** Per assignment the index of its location among the distinct places (filled here), -1 when unknown. */
    private int[] distinctPlaces() {
        Map<Location, Integer> placeIndex = new HashMap<>();
        int[] place = new int[assignmentCount()];
        for (int a = 0; a < place.length; a++) {
            place[a] = assignmentLocation[a] == null
                    ? -1
                    : placeIndex.computeIfAbsent(assignmentLocation[a], l -> {
                        places.add(l);
                        return places.size() - 1;
                    });
        }
        return place;
    }

    /** [t][r]: t is to be placed in round r (all rounds when the trainee names none). */
    private boolean[][] traineeRounds() {
        boolean[][] inRound = new boolean[traineeCount()][roundCount()];
        for (int t = 0; t < inRound.length; t++) {
            Trainee tr = trainee(t);
            if (tr.rounds().isEmpty()) {
                Arrays.fill(inRound[t], true);
            } else {
                for (String r : tr.rounds()) {
                    inRound[t][roundIndex.get(r)] = true;
                }
            }
        }
        return inRound;
    }

    /** [t][r]: the assignments t ranked that are offered in round r, in t's order. */
    private int[][][] rankedPerRound() {
        int[][][] rankedIn = new int[traineeCount()][roundCount()][];
        for (int t = 0; t < rankedIn.length; t++) {
            for (int r = 0; r < roundCount(); r++) {
                List<Integer> ranked = new ArrayList<>();
                for (String p : trainee(t).preferences()) {
                    int a = assignmentIndex.get(p);
                    if (offered[a][r] && !ranked.contains(a)) {
                        ranked.add(a);
                    }
                }
                rankedIn[t][r] = ranked.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return rankedIn;
    }

    /** [t][o]: t excluded organisation o. */
    private boolean[][] excludedOrganisations() {
        boolean[][] excluded = new boolean[traineeCount()][organisationIndex.size()];
        for (int t = 0; t < excluded.length; t++) {
            for (String o : trainee(t).excludedOrganisations()) {
                Integer oi = organisationIndex.get(o);
                if (oi != null) {
                    excluded[t][oi] = true;
                }
            }
        }
        return excluded;
    }

    /** Each trainee's history: its organisations, how often each domain, which programmes. */
    private void countHistory() {
        for (int t = 0; t < traineeCount(); t++) {
            for (HistoryEntry h : trainee(t).history()) {
                historyOrganisation[t][organisationIndex.get(h.organisation())] = true;
                historyDomainCount[t][domains.indexOf(h.domain())]++;
                historyProgramme[t][programmes.indexOf(h.programme())] = true;
            }
        }
    }

    /** [t]: the distinct programmes t should have: one per placement, history included, at most all of them. */
    private int[] neededProgrammes() {
        int[] needed = new int[traineeCount()];
        for (int t = 0; t < needed.length; t++) {
            int roundsToPlan = 0;
            for (int r = 0; r < roundCount(); r++) {
                if (traineeInRound[t][r]) {
                    roundsToPlan++;
                }
            }
            needed[t] = Math.min(instanceProgrammeCount, trainee(t).history().size() + roundsToPlan);
        }
        return needed;
    }

    /** [a]: trainee index → 1-based rank in a's host list; empty when a's host ranks nobody. */
    @SuppressWarnings("unchecked")
    private Map<Integer, Integer>[] hostRanks() {
        Map<Integer, Integer>[] ranks = new Map[assignmentCount()];
        Arrays.fill(ranks, Map.of());
        for (HostPreference hp : instance.hostPreferences()) {
            Map<Integer, Integer> byTrainee = new HashMap<>();
            for (String t : hp.trainees()) {
                byTrainee.putIfAbsent(traineeIndex.get(t), byTrainee.size() + 1);
            }
            ranks[assignmentIndex.get(hp.assignment())] = byTrainee;
        }
        return ranks;
    }

    /** [t]: pairs (assignment, 1-based rank) of the host lists t is on. */
    private int[][] hostListsOf() {
        List<List<Integer>> lists = new ArrayList<>();
        for (int t = 0; t < traineeCount(); t++) {
            lists.add(new ArrayList<>());
        }
        for (int a = 0; a < hostRank.length; a++) {
            for (Map.Entry<Integer, Integer> e : hostRank[a].entrySet()) {
                lists.get(e.getKey()).add(a);
                lists.get(e.getKey()).add(e.getValue());
            }
        }
        int[][] pairs = new int[lists.size()][];
        for (int t = 0; t < pairs.length; t++) {
            pairs[t] = lists.get(t).stream().mapToInt(Integer::intValue).toArray();
        }
        return pairs;
    }

    private static void index(List<String> ids, Map<String, Integer> into) {
        for (String id : ids) {
            into.putIfAbsent(id, into.size());
        }
    }

    private void internDomain(String d) {
        if (!domains.contains(d)) {
            domains.add(d);
        }
    }

    private void internProgramme(String p) {
        if (!programmes.contains(p)) {
            programmes.add(p);
        }
    }

    // ---- sizes and ids -------------------------------------------------------------------------

    public Instance instance() {
        return instance;
    }

    public Weights weights() {
        return weights;
    }

    public int traineeCount() {
        return instance.trainees().size();
    }

    public int roundCount() {
        return instance.rounds().size();
    }

    public int assignmentCount() {
        return instance.assignments().size();
    }

    public int organisationCount() {
        return organisationIndex.size();
    }

    public int domainCount() {
        return domains.size();
    }

    public int programmeCount() {
        return programmes.size();
    }

    public Trainee trainee(int t) {
        return instance.trainees().get(t);
    }

    public Round round(int r) {
        return instance.rounds().get(r);
    }

    public Assignment assignment(int a) {
        return instance.assignments().get(a);
    }

    /** Index of a trainee id, or -1 when unknown. */
    public int traineeIndex(String id) {
        return traineeIndex.getOrDefault(id, -1);
    }

    public int roundIndex(String id) {
        return roundIndex.getOrDefault(id, -1);
    }

    public int assignmentIndex(String id) {
        return assignmentIndex.getOrDefault(id, -1);
    }

    // ---- facts about the data ------------------------------------------------------------------

    /** H2: a is offered (can be done) in round r. */
    public boolean offered(int a, int r) {
        return offered[a][r];
    }

    /** H1 (own rounds): t is to be placed in round r. */
    public boolean traineeInRound(int t, int r) {
        return traineeInRound[t][r];
    }

    public int organisationOf(int a) {
        return assignmentOrganisation[a];
    }

    public int domainOf(int a) {
        return assignmentDomain[a];
    }

    public int programmeOf(int a) {
        return assignmentProgramme[a];
    }

    public String domainName(int d) {
        return domains.get(d);
    }

    public String programmeName(int p) {
        return programmes.get(p);
    }

    public int historyDomainCount(int t, int d) {
        return historyDomainCount[t][d];
    }

    public boolean historyHasProgramme(int t, int p) {
        return historyProgramme[t][p];
    }

    /** Number of distinct programmes the trainee should have, per the spec's programme term. */
    public int neededProgrammes(int t) {
        return neededProgrammes[t];
    }

    /** The trainee's ranked assignments offered in round r, best first. */
    public int[] ranked(int t, int r) {
        return rankedPerRound[t][r];
    }

    /** 1-based position of a among t's choices offered in round r, or 0 when not ranked there. */
    public int preferenceRank(int t, int r, int a) {
        int[] ranked = rankedPerRound[t][r];
        for (int i = 0; i < ranked.length; i++) {
            if (ranked[i] == a) {
                return i + 1;
            }
        }
        return 0;
    }

    /** 1-based position of t in the host's list for a, 0 when absent from it. */
    public int hostRank(int a, int t) {
        return hostRank[a].getOrDefault(t, 0);
    }

    public boolean hostHasList(int a) {
        return !hostRank[a].isEmpty();
    }

    /** Distance home → assignment in km, or NaN when either location is unknown. */
    public double distanceKm(int t, int a) {
        Location home = trainee(t).home();
        int place = assignmentPlace[a];
        if (home == null || place < 0) {
            return Double.NaN;
        }
        return distances.get().km(t, home, place);
    }

    /**
     * Distances from one trainee's home to each distinct place, remembered while the same thread keeps asking
     * about that trainee: many assignments share their organisation's location, so large instances need far
     * fewer great-circle computations.
     */
    private final class DistanceMemo {
        private final double[] km = new double[places.size()];
        private final int[] stamp = new int[places.size()];
        private int trainee = -1;
        private int generation;

        double km(int t, Location home, int place) {
            if (t != trainee) {
                trainee = t;
                generation++;
            }
            if (stamp[place] != generation) {
                stamp[place] = generation;
                km[place] = home.distanceKm(places.get(place));
            }
            return km[place];
        }
    }

    public Location locationOf(int a) {
        return assignmentLocation[a];
    }

    // ---- the hard rules (spec section 4) -------------------------------------------------------
    // One method per rule: the checker, the pin checks, the solver, the baselines, the explanations and the
    // web application all ask these, so a rule is written down once.

    /** The rules one placement can break on its own, in rule order. */
    private static final List<Rule> SINGLE_PLACEMENT_RULES = List.of(Rule.H1, Rule.H2, Rule.H4, Rule.H5, Rule.H6);

    // H1 (own rounds) is traineeInRound and H2 is offered, both above with the facts about the data.

    /** H3: a takes {@code trainees} trainees in one round without going over its capacity. */
    public boolean withinCapacity(int a, int trainees) {
        return trainees <= instance.assignments().get(a).capacity();
    }

    /** H4 against history: t was at a's organisation in an earlier round. */
    public boolean atHistoryOrganisation(int t, int a) {
        return historyOrganisation[t][assignmentOrganisation[a]];
    }

    /**
     * H4 between placements: a and b are at one organisation, so one trainee may not have both. A negative index
     * stands for no placement and is at no organisation.
     */
    public boolean sameOrganisation(int a, int b) {
        return a >= 0 && b >= 0 && assignmentOrganisation[a] == assignmentOrganisation[b];
    }

    /**
     * H4 between placements: the round other than r in which {@code assignmentPerRound} (negative where unplaced)
     * holds an assignment at a's organisation, or -1 when none does.
     */
    public int roundAtSameOrganisation(int[] assignmentPerRound, int r, int a) {
        for (int other = 0; other < assignmentPerRound.length; other++) {
            if (other != r && sameOrganisation(assignmentPerRound[other], a)) {
                return other;
            }
        }
        return -1;
    }

    /** H5: t excluded a's organisation. */
    public boolean atExcludedOrganisation(int t, int a) {
        return excludedOrganisation[t][assignmentOrganisation[a]];
    }

    /** H6: the trainee has a travel limit, the distance is known and it exceeds the limit. */
    public boolean beyondTravelLimit(int t, int a) {
        return beyondLimit(trainee(t).maxTravelKm(), distanceKm(t, a));
    }

    /** H6 for a distance already known: beyond the limit, if there is a limit and the distance is known. */
    private static boolean beyondLimit(Double limitKm, double km) {
        return limitKm != null && !Double.isNaN(km) && km > limitKm;
    }

    /** H7: the placement is one of the coordinator's pins. */
    public boolean pinned(Placement placement) {
        return pins.contains(placement);
    }

    /** Whether the single placement (t, r, a) breaks the rule; false for the rules about several placements. */
    public boolean breaks(Rule rule, int t, int r, int a) {
        return switch (rule) {
            case H1 -> !traineeInRound(t, r);
            case H2 -> !offered(a, r);
            case H4 -> atHistoryOrganisation(t, a);
            case H5 -> atExcludedOrganisation(t, a);
            case H6 -> beyondTravelLimit(t, a);
            case H3, H7 -> false;
        };
    }

    /**
     * Whether one placement on its own keeps H1 (own rounds), H2 (offered), H4 (against history), H5
     * (excluded) and H6 (travel). H1's one-per-round, H3, H4 between planned placements and H7 concern
     * several placements: see {@link #withinCapacity}, {@link #sameOrganisation} and {@link #pinned}.
     */
    public boolean allowed(int t, int r, int a) {
        return whyNotAllowed(t, r, a) == null;
    }

    /**
     * The first hard rule that forbids this single placement, or null when it is allowed: {@link #breaks} in rule
     * order, written out because the optimiser and the baselines ask it for every assignment.
     */
    public Rule whyNotAllowed(int t, int r, int a) {
        if (!traineeInRound(t, r)) {
            return Rule.H1;
        }
        if (!offered(a, r)) {
            return Rule.H2;
        }
        if (atHistoryOrganisation(t, a)) {
            return Rule.H4;
        }
        if (atExcludedOrganisation(t, a)) {
            return Rule.H5;
        }
        if (beyondTravelLimit(t, a)) {
            return Rule.H6;
        }
        return null;
    }

    /**
     * Every rule this single placement breaks on its own, in rule order; empty when it is allowed. Where
     * {@link #whyNotAllowed} names the first, this names all, so that a check can report every broken rule.
     */
    public Set<Rule> brokenRules(int t, int r, int a) {
        Set<Rule> broken = EnumSet.noneOf(Rule.class);
        for (Rule rule : SINGLE_PLACEMENT_RULES) {
            if (breaks(rule, t, r, a)) {
                broken.add(rule);
            }
        }
        return broken;
    }

    // ---- cost terms of one placement (spec section 3) ------------------------------------------

    /** preference(t, a, r) of the spec. */
    public long preferenceCost(int t, int r, int a) {
        int[] ranked = rankedPerRound[t][r];
        if (ranked.length == 0) {
            return 0;
        }
        int k = preferenceRank(t, r, a);
        if (k == 0) {
            return weights.unranked();
        }
        return weights.preference() * (long) (k - 1) * (k - 1);
    }

    /** host(a, t) of the spec. */
    public long hostCost(int a, int t) {
        if (hostRank[a].isEmpty()) {
            return 0;
        }
        int k = hostRank(a, t);
        if (k == 0) {
            return weights.hostUnranked();
        }
        return weights.host() * (long) (k - 1) * (k - 1);
    }

    /** travel(t, a) of the spec: per km, the distance rounded half up; 0 when unknown. */
    public long travelCost(int t, int a) {
        double d = distanceKm(t, a);
        if (Double.isNaN(d)) {
            return 0;
        }
        return weights.travelPerKm() * Math.round(d);
    }

    /**
     * host(a, t) + travel(t, a) for every assignment a at once, or -1 where H4 (history), H5 or H6 forbid t at a
     * (in every round): the part of a placement's cost that is the same in every round. Large instances ask this
     * for thousands of assignments per trainee, so each distance is computed once per place.
     */
    public long[] hostAndTravelCosts(int t) {
        Location home = trainee(t).home();
        double[] km = new double[places.size()];
        for (int p = 0; p < km.length; p++) {
            km[p] = home == null ? Double.NaN : home.distanceKm(places.get(p));
        }
        Double limit = trainee(t).maxTravelKm();
        int nA = assignmentOrganisation.length;
        long[] cost = new long[nA];
        for (int a = 0; a < nA; a++) {
            double d = assignmentPlace[a] < 0 ? Double.NaN : km[assignmentPlace[a]];
            if (atHistoryOrganisation(t, a) // H4
                    || atExcludedOrganisation(t, a) // H5
                    || beyondLimit(limit, d)) { // H6, with the distance worked out above
                cost[a] = -1;
                continue;
            }
            cost[a] = (hostRank[a].isEmpty() ? 0 : weights.hostUnranked())
                    + (Double.isNaN(d) ? 0 : weights.travelPerKm() * Math.round(d));
        }
        int[] lists = hostListsOf[t];
        for (int i = 0; i < lists.length; i += 2) {
            int a = lists[i];
            if (cost[a] >= 0) {
                cost[a] += hostCost(a, t) - weights.hostUnranked();
            }
        }
        return cost;
    }

    /** preference + host + travel of one placement. */
    public long placementCost(int t, int r, int a) {
        return preferenceCost(t, r, a) + hostCost(a, t) + travelCost(t, a);
    }

    // ---- cost terms per trainee ----------------------------------------------------------------

    /** domainRepeat(t) for the given planned assignments (history is added here). */
    public long domainRepeatCost(int t, int[] plannedAssignments) {
        int[] count = historyDomainCount[t].clone();
        for (int a : plannedAssignments) {
            count[assignmentDomain[a]]++;
        }
        long repeats = 0;
        for (int n : count) {
            repeats += Math.max(0, n - 1);
        }
        return weights.domainRepeat() * repeats;
    }

    /** programmeMissing(t) for the given planned assignments (history is added here). */
    public long programmeMissingCost(int t, int[] plannedAssignments) {
        boolean[] have = historyProgramme[t].clone();
        for (int a : plannedAssignments) {
            have[assignmentProgramme[a]] = true;
        }
        int distinct = 0;
        for (boolean h : have) {
            if (h) {
                distinct++;
            }
        }
        return weights.programmeMissing() * Math.max(0, neededProgrammes[t] - distinct);
    }

    /**
     * One trainee's share of the score: the placement terms summed over its placements, its domainRepeat and
     * programmeMissing, and how many of its rounds are left unplaced.
     */
    public record TraineeTerms(
            long preference, long host, long travel, long domainRepeat, long programmeMissing, int unplacedRounds) {

        /** The spec's perTrainee value: preference + host + travel of its placements, domainRepeat, programmeMissing. */
        public long perTrainee() {
            return preference + host + travel + domainRepeat + programmeMissing;
        }

        /** {@link #perTrainee()} plus the unplaced term of its empty rounds: its whole part of the total. */
        public long withUnplaced(Weights weights) {
            return perTrainee() + weights.unplaced() * unplacedRounds;
        }
    }

    /**
     * The one definition of a trainee's terms (spec section 5), for its placements given as {@code rounds[k]},
     * {@code assignments[k]} for k below n; also for placements that break a rule. The scorer, the optimiser and
     * the explanations all add up a trainee here.
     */
    public TraineeTerms traineeTerms(int t, int[] rounds, int[] assignments, int n) {
        long preference = 0;
        long host = 0;
        long travel = 0;
        for (int k = 0; k < n; k++) {
            int r = rounds[k];
            int a = assignments[k];
            preference += preferenceCost(t, r, a);
            host += hostCost(a, t);
            travel += travelCost(t, a);
        }
        int unplaced = 0;
        for (int r = 0; r < traineeInRound[t].length; r++) {
            if (traineeInRound[t][r] && !contains(rounds, n, r)) {
                unplaced++;
            }
        }
        int[] planned = n == assignments.length ? assignments : Arrays.copyOf(assignments, n);
        return new TraineeTerms(
                preference, host, travel, domainRepeatCost(t, planned), programmeMissingCost(t, planned), unplaced);
    }

    private static boolean contains(int[] values, int n, int value) {
        for (int k = 0; k < n; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }

    /** {@link #traineeTerms(int, int[], int[], int)} for placements given per round, negative where unplaced. */
    public TraineeTerms traineeTerms(int t, int[] assignmentPerRound) {
        int[] rounds = new int[assignmentPerRound.length];
        int[] assignments = new int[assignmentPerRound.length];
        int n = 0;
        for (int r = 0; r < assignmentPerRound.length; r++) {
            if (assignmentPerRound[r] >= 0) {
                rounds[n] = r;
                assignments[n++] = assignmentPerRound[r];
            }
        }
        return traineeTerms(t, rounds, assignments, n);
    }

    // ---- cost terms of the plan as a whole -----------------------------------------------------

    /** The places of a left empty in round r when it takes this many trainees: 0 where a is not offered. */
    public int emptyPlaces(int a, int r, int trainees) {
        return offered[a][r] ? Math.max(0, assignment(a).capacity() - trainees) : 0;
    }

    /** The unfilled term of a in round r when it takes this many trainees. */
    public long unfilledCost(int a, int r, int trainees) {
        return (long) assignment(a).unfilledPenalty() * emptyPlaces(a, r, trainees);
    }

    /** The spec's unfilled term of a plan, given how many trainees each assignment takes in each round ([a][r]). */
    public long unfilledCost(int[][] taken) {
        long unfilled = 0;
        for (int a = 0; a < taken.length; a++) {
            if (assignment(a).unfilledPenalty() == 0) {
                continue;
            }
            for (int r = 0; r < taken[a].length; r++) {
                unfilled += unfilledCost(a, r, taken[a][r]);
            }
        }
        return unfilled;
    }
}
