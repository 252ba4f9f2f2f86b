package nl.traineeplanner.engine;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Builds small instances for tests; every field not set takes a plain default. */
public final class InstanceBuilder {

    private final List<Round> rounds = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<AssignmentSpec> assignments = new ArrayList<>();
    private final List<TraineeSpec> trainees = new ArrayList<>();
    private final List<HostPreference> hostPreferences = new ArrayList<>();
    private final List<Placement> pinned = new ArrayList<>();
    private Weights weights = Weights.DEFAULTS;

    public static InstanceBuilder withRounds(String... ids) {
        InstanceBuilder b = new InstanceBuilder();
        for (String id : ids) {
            b.rounds.add(new Round(id, null, null));
        }
        return b;
    }

    public InstanceBuilder organisation(String id) {
        organisations.add(new Organisation(id, id, null));
        return this;
    }

    public InstanceBuilder organisation(String id, double lat, double lon) {
        organisations.add(new Organisation(id, id, new Location(lat, lon)));
        return this;
    }

    /** An assignment offered in every round, programme "p1", domain "d1", capacity 1. */
    public InstanceBuilder assignment(String id, String organisation) {
        return assignment(id, organisation, a -> {});
    }

    public InstanceBuilder assignment(String id, String organisation, Consumer<AssignmentSpec> details) {
        AssignmentSpec spec = new AssignmentSpec(id, organisation);
        spec.rounds = rounds.stream().map(Round::id).toList();
        details.accept(spec);
        assignments.add(spec);
        return this;
    }

    public InstanceBuilder trainee(String id) {
        return trainee(id, t -> {});
    }

    public InstanceBuilder trainee(String id, Consumer<TraineeSpec> details) {
        TraineeSpec spec = new TraineeSpec(id);
        details.accept(spec);
        trainees.add(spec);
        return this;
    }

    public InstanceBuilder hostRanking(String assignment, String... trainees) {
        hostPreferences.add(new HostPreference(assignment, List.of(trainees)));
        return this;
    }

    public InstanceBuilder pin(String trainee, String round, String assignment) {
        pinned.add(new Placement(trainee, round, assignment));
        return this;
    }

    public InstanceBuilder weights(Weights weights) {
        this.weights = weights;
        return this;
    }

    public Instance build() {
        return new Instance(
                rounds,
                organisations,
                assignments.stream().map(AssignmentSpec::build).toList(),
                trainees.stream().map(TraineeSpec::build).toList(),
                hostPreferences,
                pinned,
                weights);
    }

    public Problem problem() {
        return new Problem(build());
    }

    /** Weights that are all zero but the one named, which is 1 — to look at one term alone. */
    public static Weights only(String weight, long value) {
        long[] w = new long[9];
        List<String> names = List.of(
                "preference",
                "unranked",
                "host",
                "hostUnranked",
                "travelPerKm",
                "domainRepeat",
                "programmeMissing",
                "unplaced",
                "fairness");
        w[names.indexOf(weight)] = value;
        return new Weights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8]);
    }

    /**
     * An example instance with an independently proven optimum, shipped as test data in
     * {@code src/test/resources/examples} (see docs/planning.md).
     */
    public static Path example(String name) {
        URL resource = InstanceBuilder.class.getResource("/examples/" + name);
        if (resource == null) {
            throw new IllegalStateException("no example instance " + name + " in src/test/resources/examples");
        }
        try {
            return Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Details of a test assignment. */
    public static final class AssignmentSpec {
        private final String id;
        private final String organisation;
        private String programme = "p1";
        private String domain = "d1";
        private List<String> rounds;
        private int capacity = 1;
        private Location location;
        private int unfilledPenalty;

        private AssignmentSpec(String id, String organisation) {
            this.id = id;
            this.organisation = organisation;
        }

        public AssignmentSpec programme(String programme) {
            this.programme = programme;
            return this;
        }

        public AssignmentSpec domain(String domain) {
            this.domain = domain;
            return this;
        }

        public AssignmentSpec rounds(String... rounds) {
            this.rounds = List.of(rounds);
            return this;
        }

        public AssignmentSpec capacity(int capacity) {
            this.capacity = capacity;
            return this;
        }

        public AssignmentSpec at(double lat, double lon) {
            this.location = new Location(lat, lon);
            return this;
        }

        public AssignmentSpec unfilledPenalty(int penalty) {
            this.unfilledPenalty = penalty;
            return this;
        }

        private Assignment build() {
            return new Assignment(id, id, organisation, programme, domain, rounds, capacity, location, unfilledPenalty);
        }
    }

    /** Details of a test trainee. */
    public static final class TraineeSpec {
        private final String id;
        private Location home;
        private List<String> rounds = List.of();
        private List<String> preferences = List.of();
        private final Set<String> excluded = new HashSet<>();
        private Double maxTravelKm;
        private final List<HistoryEntry> history = new ArrayList<>();

        private TraineeSpec(String id) {
            this.id = id;
        }

        public TraineeSpec home(double lat, double lon) {
            this.home = new Location(lat, lon);
            return this;
        }

        public TraineeSpec rounds(String... rounds) {
            this.rounds = List.of(rounds);
            return this;
        }

        public TraineeSpec preferences(String... assignments) {
            this.preferences = List.of(assignments);
            return this;
        }

        public TraineeSpec excludes(String organisation) {
            excluded.add(organisation);
            return this;
        }

        public TraineeSpec maxTravelKm(double km) {
            this.maxTravelKm = km;
            return this;
        }

        public TraineeSpec history(String organisation, String programme, String domain) {
            history.add(new HistoryEntry("earlier", organisation, programme, domain));
            return this;
        }

        private Trainee build() {
            return new Trainee(id, id, home, rounds, preferences, excluded, maxTravelKm, history);
        }
    }
}
