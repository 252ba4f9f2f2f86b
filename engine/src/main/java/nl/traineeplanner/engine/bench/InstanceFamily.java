package nl.traineeplanner.engine.bench;

import java.util.List;
import java.util.Locale;

/**
 * A family of generated instances: the knobs of {@link InstanceGenerator}. {@link #STANDARD} is the bench's own
 * generator (the instances of {@code bench --sizes}); the others each change a few knobs to resemble instances
 * the planner may meet elsewhere, and {@link #UNSEEN} changes them all at once, like the independent generator
 * of the issue "the planner keeps its promises on instances it has never seen".
 *
 * @param name the name on the command line and in the table
 * @param zipfExponent popularity of the assignment at popularity rank i is 1 / i^exponent
 * @param minSupply least places per trainee in every round (1.15 = 15 % more places than trainees)
 * @param maxSupply most places per trainee; drawn per instance between the two when they differ
 * @param oneRound every assignment offered in exactly one round (otherwise in 1–3)
 * @param traineesPerOrganisation organisations = max(15, trainees / this)
 * @param historyShare share of trainees with one placement of an earlier round as history
 * @param travelShare share of trainees with a travel limit
 * @param minTravelKm the smallest travel limit (whole kilometres)
 * @param maxTravelKm the largest travel limit
 * @param noPreferencesShare share of trainees who rank nothing at all
 * @param minChoices the fewest choices a ranking trainee makes
 * @param maxChoices the most choices
 * @param choicesByPopularity trainees list their choices in the order drawn by popularity, so that first choices
 *     follow popularity (otherwise shuffled)
 * @param hostListsOnAllAssignments host rankings on 30 % of all assignments, filled up with trainees who did not
 *     rank the assignment (otherwise on about 30 % of the ranked assignments, only trainees who ranked it)
 */
public record InstanceFamily(
        String name,
        double zipfExponent,
        double minSupply,
        double maxSupply,
        boolean oneRound,
        int traineesPerOrganisation,
        double historyShare,
        double travelShare,
        int minTravelKm,
        int maxTravelKm,
        double noPreferencesShare,
        int minChoices,
        int maxChoices,
        boolean choicesByPopularity,
        boolean hostListsOnAllAssignments) {

    /** Today's bench instances: see {@link InstanceGenerator}. */
    public static final InstanceFamily STANDARD =
            new InstanceFamily("standard", 0.9, 1.15, 1.15, false, 8, 0.2, 0.2, 40, 80, 0, 5, 8, false, false);

    /** Heavy-tailed popularity (Zipf 1.3, first choices follow it) and supply only 3–15 % above demand. */
    public static final InstanceFamily HEAVY_TAIL =
            STANDARD.named("heavy-tail").withPopularity(1.3).withSupply(1.03, 1.15);

    /** Every assignment offered in exactly one round. */
    public static final InstanceFamily ONE_ROUND = STANDARD.named("one-round").withOneRound();

    /** Half of the trainees with a placement of an earlier round as history. */
    public static final InstanceFamily HISTORY = STANDARD.named("history").withHistory(0.5);

    /** 10 % of the trainees with a travel limit of 20–50 km, 5 % who rank nothing. */
    public static final InstanceFamily TRAVEL = STANDARD.named("travel").withTravel(0.1, 20, 50, 0.05);

    /** Short lists of 1–3 choices, so most placements are unranked; host rankings on 30 % of all assignments. */
    public static final InstanceFamily UNRANKED = STANDARD.named("unranked").withShortListsAndHostLists();

    /**
     * All of the above at once, with 500 organisations per 2,000 trainees: the family of the independent
     * generator.
     */
    public static final InstanceFamily UNSEEN = STANDARD.named("unseen")
            .withPopularity(1.3)
            .withSupply(1.03, 1.15)
            .withOneRound()
            .withHistory(0.5)
            .withTravel(0.1, 20, 50, 0.05)
            .withShortListsAndHostLists()
            .withTraineesPerOrganisation(4);

    /** The families {@code bench --families} runs by default, the standard one first. */
    public static final List<InstanceFamily> ALL =
            List.of(STANDARD, HEAVY_TAIL, ONE_ROUND, HISTORY, TRAVEL, UNRANKED, UNSEEN);

    public InstanceFamily {
        if (minSupply < 1 || maxSupply < minSupply || minChoices < 1 || maxChoices < minChoices) {
            throw new IllegalArgumentException("impossible family " + name);
        }
    }

    /** The family of that name (as in {@link #ALL}). */
    public static InstanceFamily byName(String name) {
        return ALL.stream()
                .filter(f -> f.name.equals(name.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown family \"" + name + "\", known: "
                        + String.join(
                                ", ", ALL.stream().map(InstanceFamily::name).toList())));
    }

    /** The number of organisations for that many trainees. */
    int organisations(int trainees) {
        return Math.max(15, trainees / traineesPerOrganisation);
    }

    private InstanceFamily named(String other) {
        return new InstanceFamily(
                other,
                zipfExponent,
                minSupply,
                maxSupply,
                oneRound,
                traineesPerOrganisation,
                historyShare,
                travelShare,
                minTravelKm,
                maxTravelKm,
                noPreferencesShare,
                minChoices,
                maxChoices,
                choicesByPopularity,
                hostListsOnAllAssignments);
    }

    private InstanceFamily withPopularity(double exponent) {
        return new InstanceFamily(
                name,
                exponent,
                minSupply,
                maxSupply,
                oneRound,
                traineesPerOrganisation,
                historyShare,
                travelShare,
                minTravelKm,
                maxTravelKm,
                noPreferencesShare,
                minChoices,
                maxChoices,
                true,
                hostListsOnAllAssignments);
    }

    private InstanceFamily withSupply(double least, double most) {
        return new InstanceFamily(
                name,
                zipfExponent,
                least,
                most,
                oneRound,
                traineesPerOrganisation,
                historyShare,
                travelShare,
                minTravelKm,
                maxTravelKm,
                noPreferencesShare,
                minChoices,
                maxChoices,
                choicesByPopularity,
                hostListsOnAllAssignments);
    }

    private InstanceFamily withOneRound() {
        return new InstanceFamily(
                name,
                zipfExponent,
                minSupply,
                maxSupply,
                true,
                traineesPerOrganisation,
                historyShare,
                travelShare,
                minTravelKm,
                maxTravelKm,
                noPreferencesShare,
                minChoices,
                maxChoices,
                choicesByPopularity,
                hostListsOnAllAssignments);
    }

    private InstanceFamily withHistory(double share) {
        return new InstanceFamily(
                name,
                zipfExponent,
                minSupply,
                maxSupply,
                oneRound,
                traineesPerOrganisation,
                share,
                travelShare,
                minTravelKm,
                maxTravelKm,
                noPreferencesShare,
                minChoices,
                maxChoices,
                choicesByPopularity,
                hostListsOnAllAssignments);
    }

    private InstanceFamily withTravel(double share, int leastKm, int mostKm, double nothingRanked) {
        return new InstanceFamily(
                name,
                zipfExponent,
                minSupply,
                maxSupply,
                oneRound,
                traineesPerOrganisation,
                historyShare,
                share,
                leastKm,
                mostKm,
                nothingRanked,
                minChoices,
                maxChoices,
                choicesByPopularity,
                hostListsOnAllAssignments);
    }

    private InstanceFamily withShortListsAndHostLists() {
        return new InstanceFamily(
                name,
                zipfExponent,
                minSupply,
                maxSupply,
                oneRound,
                traineesPerOrganisation,
                historyShare,
                travelShare,
                minTravelKm,
                maxTravelKm,
                noPreferencesShare,
                1,
                3,
                choicesByPopularity,
                true);
    }

    private InstanceFamily withTraineesPerOrganisation(int perOrganisation) {
        return new InstanceFamily(
                name,
                zipfExponent,
                minSupply,
                maxSupply,
                oneRound,
                perOrganisation,
                historyShare,
                travelShare,
                minTravelKm,
                maxTravelKm,
                noPreferencesShare,
                minChoices,
                maxChoices,
                choicesByPopularity,
                hostListsOnAllAssignments);
    }
}
