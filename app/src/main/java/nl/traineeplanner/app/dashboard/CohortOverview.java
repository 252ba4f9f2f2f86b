package nl.traineeplanner.app.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.AssignmentStatus;
import nl.traineeplanner.app.dashboard.Dashboard.Alert;
import nl.traineeplanner.app.dashboard.Dashboard.Chart;
import nl.traineeplanner.app.dashboard.Dashboard.Count;
import nl.traineeplanner.app.dashboard.Dashboard.Deadline;
import nl.traineeplanner.app.dashboard.Dashboard.MunicipalityTally;
import nl.traineeplanner.app.dashboard.Dashboard.RoundLine;
import nl.traineeplanner.app.dashboard.Dashboard.Series;
import nl.traineeplanner.app.evaluation.Evaluation;
import nl.traineeplanner.app.evaluation.Evaluations;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.ProvinceMap;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRanks;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.progress.RoundProgress;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.round.RoundStatus;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the coordinator's overview of a cohort from what the planner holds today. It counts, it does not decide: who
 * is behind comes from {@link RoundProgress}, when a form is overdue from the evaluation, and each placement's place on
 * its trainee's list from {@link PlacementRanks}.
 */
@Service
public class CohortOverview {

    /** A deadline this close, with people still behind, is urgent. */
    static final int NEAR_DAYS = 14;

    /** The travel distances of the chart, as the lower bounds of its bars in kilometres. */
    static final int[] DISTANCE_BARS = {0, 10, 20, 30, 40, 50};

    private final CohortRepository cohorts;
    private final RoundRepository rounds;
    private final TraineeRepository trainees;
    private final AssignmentRepository assignments;
    private final PlacementRepository placements;
    private final PlacementRanks ranks;
    private final RoundProgress progress;
    private final Evaluations evaluations;
    private final MunicipalityRepository municipalities;
    private final MessageSource texts;
    private final Clock clock;

    CohortOverview(
            CohortRepository cohorts,
            RoundRepository rounds,
            TraineeRepository trainees,
            AssignmentRepository assignments,
            PlacementRepository placements,
            PlacementRanks ranks,
            RoundProgress progress,
            Evaluations evaluations,
            MunicipalityRepository municipalities,
            MessageSource texts,
            Clock clock) {
        this.cohorts = cohorts;
        this.rounds = rounds;
        this.trainees = trainees;
        this.assignments = assignments;
        this.placements = placements;
        this.ranks = ranks;
        this.progress = progress;
        this.evaluations = evaluations;
        this.municipalities = municipalities;
        this.texts = texts;
        this.clock = clock;
    }

    /** A cohort to choose from, with the period of its rounds. */
    public record CohortChoice(long id, String name, LocalDate start, LocalDate end) {}

    /** Every cohort, the latest first. */
    @Transactional(readOnly = true)
    public List<CohortChoice> cohorts() {
        Map<Long, CohortChoice> byCohort = new LinkedHashMap<>();
        for (Round r : rounds.findAllByOrderByStartDate()) {
            Cohort c = r.getCohort();
            CohortChoice seen = byCohort.get(c.getId());
            byCohort.put(
                    c.getId(),
                    new CohortChoice(
                            c.getId(), c.getName(), seen == null ? r.getStartDate() : seen.start(), r.getEndDate()));
        }
        return byCohort.values().stream()
                .sorted(Comparator.comparing(CohortChoice::start).reversed())
                .toList();
    }

    /**
     * The cohort the coordinator is most likely busy with: the one with a round under way today, else the one whose
     * first round starts next, else the latest.
     */
    @Transactional(readOnly = true)
    public Optional<Long> current() {
        LocalDate today = LocalDate.now(clock);
        List<Round> all = rounds.findAllByOrderByStartDate();
        return all.stream()
                .filter(r -> !today.isBefore(r.getStartDate()) && !today.isAfter(r.getEndDate()))
                .findFirst()
                .or(() -> all.stream()
                        .filter(r ->
                                r.getSequenceNumber() == 1 && r.getStartDate().isAfter(today))
                        .findFirst())
                .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)))
                .map(r -> r.getCohort().getId());
    }

    @Transactional(readOnly = true)
    public Optional<Dashboard> of(long cohortId, Locale locale) {
        return cohorts.findById(cohortId).map(cohort -> new Build(cohort, locale).dashboard());
    }

    /** One overview being built: the cohort's data read once, and the words in one language. */
    private final class Build {

        private final Cohort cohort;
        private final Locale locale;
        private final LocalDate today = LocalDate.now(clock);
        private final List<Round> cohortRounds;
        private final List<Trainee> cohortTrainees;
        private final List<Placement> published;
        private final List<Evaluation> overdue;
        private final List<Assignment> submitted;
        private final Map<Long, List<Assignment>> approvedByRound = new HashMap<>();
        private final List<Round> withPlacements;
        private final List<Municipality> allMunicipalities;

        Build(Cohort cohort, Locale locale) {
            this.cohort = cohort;
            this.locale = locale;
            this.cohortRounds = rounds.findByCohortIdOrderBySequenceNumber(cohort.getId());
            this.cohortTrainees = trainees.findByCohortIdOrderById(cohort.getId());
            this.published = placements.findByRoundCohortIdAndStatus(cohort.getId(), PlacementStatus.PUBLISHED).stream()
                    .sorted(Comparator.comparing((Placement p) -> p.getRound().getSequenceNumber())
                            .thenComparing(Placement::getId))
                    .toList();
            this.overdue = evaluations.perTrainee().stream()
                    .filter(e -> e.placement().getRound().getCohort().getId().equals(cohort.getId()))
                    .filter(e -> e.isOverdue(today))
                    .toList();
            this.submitted = ofCohort(AssignmentStatus.SUBMITTED);
            cohortRounds.forEach(r -> approvedByRound.put(
                    r.getId(), assignments.findByStatusAndRoundsIdOrderById(AssignmentStatus.APPROVED, r.getId())));
            this.withPlacements = cohortRounds.stream()
                    .filter(r -> published.stream()
                            .anyMatch(p -> p.getRound().getId().equals(r.getId())))
                    .toList();
            this.allMunicipalities = municipalities.findAllByOrderByName();
        }

        Dashboard dashboard() {
            Map<Long, Assignment> distinct = new LinkedHashMap<>();
            approvedByRound.values().forEach(list -> list.forEach(a -> distinct.putIfAbsent(a.getId(), a)));
            List<Assignment> approved = List.copyOf(distinct.values());
            List<MunicipalityTally> tallies = tallies(approved);
            return new Dashboard(
                    cohort.getId(),
                    cohort.getName(),
                    today,
                    timelineSummary(),
                    cohortRounds.stream().map(this::line).toList(),
                    counts(approved),
                    alerts(),
                    charts(),
                    tallies,
                    map(tallies));
        }

        private RoundLine line(Round r) {
            List<Deadline> deadlines = new ArrayList<>();
            deadline(deadlines, "intake", r.getIntakeDeadline());
            deadline(deadlines, "preferences", r.getPreferencesDeadline());
            deadline(deadlines, "hostRanking", r.getHostRankingDeadline());
            deadline(deadlines, "midTerm", r.getMidTermEvaluationOpens());
            deadline(deadlines, "final", r.getFinalEvaluationOpens());
            return new RoundLine(
                    r.getId(),
                    r.getSequenceNumber(),
                    r.getName(),
                    r.getStatus().name(),
                    text("roundStatus." + r.getStatus()),
                    r.getStartDate(),
                    r.getEndDate(),
                    !today.isBefore(r.getStartDate()) && !today.isAfter(r.getEndDate()),
                    deadlines);
        }

        private void deadline(List<Deadline> into, String kind, LocalDate date) {
            if (date == null) {
                return;
            }
            long days = ChronoUnit.DAYS.between(today, date);
            String when = days == 0
                    ? text("dashboard.when.today")
                    : days > 0 ? text("dashboard.when.in", days) : text("dashboard.when.ago", -days);
            into.add(new Deadline(kind, text("dashboard.deadline." + kind), date, days < 0, days, when));
        }

        private String timelineSummary() {
            if (cohortRounds.isEmpty()) {
                return text("dashboard.timeline.none");
            }
            String now = cohortRounds.stream()
                    .filter(r -> !today.isBefore(r.getStartDate()) && !today.isAfter(r.getEndDate()))
                    .findFirst()
                    .map(r -> text("dashboard.timeline.now", r.getName()))
                    .orElse(text("dashboard.timeline.between"));
            return text(
                    "dashboard.timeline.summary",
                    cohortRounds.size(),
                    date(cohortRounds.get(0).getStartDate()),
                    date(cohortRounds.get(cohortRounds.size() - 1).getEndDate()),
                    date(today),
                    now);
        }

        private List<Count> counts(List<Assignment> approved) {
            return List.of(
                    new Count("trainees", text("dashboard.count.trainees"), cohortTrainees.size(), "/trainees"),
                    new Count("assignments", text("dashboard.count.assignments"), approved.size(), "/assignments"),
                    new Count("proposals", text("dashboard.count.proposals"), submitted.size(), "/assignments/review"),
                    new Count("placements", text("dashboard.count.placements"), published.size(), "/rounds"),
                    new Count("overdue", text("dashboard.count.overdue"), overdue.size(), "/evaluations"));
        }

        private List<Alert> alerts() {
            List<Alert> alerts = new ArrayList<>();
            int proposals = submitted.size();
            if (proposals > 0) {
                alerts.add(new Alert(
                        "proposals",
                        false,
                        text("dashboard.alert.proposals", proposals),
                        "/assignments/review",
                        text("dashboard.alert.proposals.link")));
            }
            int n = cohortTrainees.size();
            for (Round r : cohortRounds) {
                String page = "/rounds/" + r.getId();
                boolean preferences = r.acceptsPreferences(today);
                boolean rankings = r.acceptsHostRankings(today);
                if (preferences || rankings) {
                    RoundProgress.Progress p = progress.of(r);
                    long traineesBehind = p.trainees().size() - p.traineesDone();
                    if (preferences && traineesBehind > 0) {
                        alerts.add(behind(
                                "preferences", r, traineesBehind, p.trainees().size(), r.getPreferencesDeadline()));
                    }
                    long hostsBehind = p.hosts().size() - p.hostsDone();
                    if (rankings && hostsBehind > 0) {
                        alerts.add(behind("rankings", r, hostsBehind, p.hosts().size(), r.getHostRankingDeadline()));
                    }
                }
                if (r.getStatus().compareTo(RoundStatus.MATCHING) <= 0) {
                    int places = approvedByRound.get(r.getId()).stream()
                            .mapToInt(Assignment::getCapacity)
                            .sum();
                    if (places < n) {
                        alerts.add(new Alert(
                                "placesShort",
                                true,
                                text("dashboard.alert.placesShort", r.getName(), places, n, n - places),
                                page,
                                text("dashboard.alert.round.link", r.getName())));
                    }
                }
                if (r.getStatus() == RoundStatus.MATCHING) {
                    int proposed = placements
                            .findByRoundIdAndStatus(r.getId(), PlacementStatus.PROPOSED)
                            .size();
                    if (n > 0 && proposed >= n) {
                        alerts.add(new Alert(
                                "readyToPublish",
                                true,
                                text("dashboard.alert.readyToPublish", r.getName(), proposed),
                                page,
                                text("dashboard.alert.round.link", r.getName())));
                    }
                }
            }
            if (!overdue.isEmpty()) {
                alerts.add(new Alert(
                        "evaluationsOverdue",
                        true,
                        text("dashboard.alert.evaluationsOverdue", overdue.size()),
                        "/evaluations",
                        text("dashboard.alert.evaluationsOverdue.link")));
            }
            alerts.sort(Comparator.comparing((Alert a) -> !a.urgent()));
            return alerts;
        }

        /** People behind before a deadline of the round: urgent once the deadline is near. */
        private Alert behind(String kind, Round r, long behind, long of, LocalDate deadline) {
            long days = ChronoUnit.DAYS.between(today, deadline);
            return new Alert(
                    kind,
                    days <= NEAR_DAYS,
                    text("dashboard.alert." + kind, r.getName(), behind, of, date(deadline), days),
                    "/rounds/" + r.getId() + "/progress",
                    text("dashboard.alert.progress.link"));
        }

        private List<Chart> charts() {
            if (published.isEmpty()) {
                return List.of();
            }
            List<Chart> charts = new ArrayList<>();
            charts.add(perRound(
                    "domains",
                    "dashboard.chart.domains",
                    p -> p.getAssignment().getDomain().name(locale)));
            charts.add(perRound(
                    "programmes",
                    "dashboard.chart.programmes",
                    p -> p.getAssignment().getProgramme().name(locale)));
            charts.add(perRound(
                    "municipalities",
                    "dashboard.chart.municipalities",
                    p -> p.getAssignment().getMunicipality().getName()));
            charts.add(perRound(
                    "organisations",
                    "dashboard.chart.organisations",
                    p -> p.getAssignment().getOrganisation().getName()));
            charts.add(choices());
            charts.add(distances());
            charts.add(variety());
            return charts;
        }

        /** Published placements counted per label, one series per round, the largest label first. */
        private Chart perRound(String id, String titleKey, Function<Placement, String> labelOf) {
            Map<String, int[]> counts = new HashMap<>();
            for (Placement p : published) {
                counts.computeIfAbsent(labelOf.apply(p), l -> new int[withPlacements.size()])[
                        indexOf(withPlacements, p)] += 1;
            }
            List<String> labels = counts.keySet().stream()
                    .sorted(Comparator.comparing((String l) -> -total(counts.get(l)))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < withPlacements.size(); i++) {
                int round = i;
                series.add(new Series(
                        withPlacements.get(i).getName(),
                        labels.stream().<Number>map(l -> counts.get(l)[round]).toList()));
            }
            String title = text(titleKey);
            String top = labels.get(0);
            String summary = text(
                    "dashboard.chart.summary.counts",
                    title,
                    published.size(),
                    labels.size(),
                    top,
                    total(counts.get(top)));
            return new Chart(id, "bars", title, summary, text("dashboard.unit.placements"), labels, series);
        }

        /** The share of placements that were the trainee's first choice, and one of their first three, per round. */
        private Chart choices() {
            PlacementRanks.Ranks ranked = ranks.of(cohortRounds);
            List<Number> first = new ArrayList<>();
            List<Number> topThree = new ArrayList<>();
            List<String> perRound = new ArrayList<>();
            for (Round r : withPlacements) {
                List<Integer> ofRound = published.stream()
                        .filter(p -> p.getRound().getId().equals(r.getId()))
                        .map(ranked::of)
                        .toList();
                int f = percent(
                        ofRound.stream().filter(k -> k != null && k == 1).count(), ofRound.size());
                int t = percent(
                        ofRound.stream().filter(k -> k != null && k <= 3).count(), ofRound.size());
                first.add(f);
                topThree.add(t);
                perRound.add(text("dashboard.chart.choices.round", r.getName(), f, t));
            }
            return perRoundLine(
                    "choices",
                    "columns",
                    "dashboard.chart.choices",
                    perRound,
                    "dashboard.unit.percent",
                    new Series(text("dashboard.series.first"), first),
                    new Series(text("dashboard.series.topThree"), topThree));
        }

        /** How far placed trainees travel from home (as the engine measures it), per round. */
        private Chart distances() {
            int[][] counts = new int[withPlacements.size()][DISTANCE_BARS.length];
            int measured = 0;
            double sum = 0;
            for (Placement p : published) {
                if (p.getTrainee().getHome() == null) {
                    continue;
                }
                double km =
                        p.getTrainee().getHome().distanceKm(p.getAssignment().getLocation());
                int bar = DISTANCE_BARS.length - 1;
                while (km < DISTANCE_BARS[bar]) {
                    bar--;
                }
                counts[indexOf(withPlacements, p)][bar]++;
                measured++;
                sum += km;
            }
            List<String> labels = new ArrayList<>();
            for (int b = 0; b < DISTANCE_BARS.length; b++) {
                labels.add(
                        b == DISTANCE_BARS.length - 1
                                ? text("dashboard.distance.beyond", DISTANCE_BARS[b])
                                : text("dashboard.distance.between", DISTANCE_BARS[b], DISTANCE_BARS[b + 1]));
            }
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < withPlacements.size(); i++) {
                series.add(new Series(
                        withPlacements.get(i).getName(),
                        java.util.Arrays.stream(counts[i])
                                .<Number>mapToObj(c -> c)
                                .toList()));
            }
            String title = text("dashboard.chart.distances");
            String summary = text(
                    "dashboard.chart.distances.summary",
                    title,
                    measured,
                    measured == 0 ? 0 : Math.round(sum / measured));
            return new Chart("distances", "columns", title, summary, text("dashboard.unit.placements"), labels, series);
        }

        /**
         * How the cohort's variety builds up: after each round, the average number of different policy domains and
         * programmes per placed trainee, over all their published placements so far.
         */
        private Chart variety() {
            List<Number> domains = new ArrayList<>();
            List<Number> programmes = new ArrayList<>();
            List<String> perRound = new ArrayList<>();
            for (int i = 0; i < withPlacements.size(); i++) {
                Set<Long> sofar = new HashSet<>();
                withPlacements.subList(0, i + 1).forEach(r -> sofar.add(r.getId()));
                Map<Long, Set<String>> domainsOf = new HashMap<>();
                Map<Long, Set<String>> programmesOf = new HashMap<>();
                for (Placement p : published) {
                    if (sofar.contains(p.getRound().getId())) {
                        long t = p.getTrainee().getId();
                        domainsOf
                                .computeIfAbsent(t, k -> new HashSet<>())
                                .add(p.getAssignment().getDomain().getCode());
                        programmesOf
                                .computeIfAbsent(t, k -> new HashSet<>())
                                .add(p.getAssignment().getProgramme().getCode());
                    }
                }
                double d = average(domainsOf);
                double g = average(programmesOf);
                domains.add(d);
                programmes.add(g);
                perRound.add(text(
                        "dashboard.chart.variety.round", withPlacements.get(i).getName(), d, g));
            }
            return perRoundLine(
                    "variety",
                    "line",
                    "dashboard.chart.variety",
                    perRound,
                    "dashboard.unit.average",
                    new Series(text("dashboard.series.domains"), domains),
                    new Series(text("dashboard.series.programmes"), programmes));
        }

        /** A chart with a value per round that has placements, summed up round by round in its summary. */
        private Chart perRoundLine(
                String id, String kind, String titleKey, List<String> perRound, String unitKey, Series... series) {
            String title = text(titleKey);
            return new Chart(
                    id,
                    kind,
                    title,
                    title + ": " + String.join("; ", perRound) + ".",
                    text(unitKey),
                    withPlacements.stream().map(Round::getName).toList(),
                    List.of(series));
        }

        private List<MunicipalityTally> tallies(List<Assignment> approved) {
            Map<String, int[]> counts = new HashMap<>();
            approved.forEach(a -> counts.computeIfAbsent(a.getMunicipality().getCode(), c -> new int[2])[0]++);
            published.forEach(p ->
                    counts.computeIfAbsent(p.getAssignment().getMunicipality().getCode(), c -> new int[2])[1]++);
            return allMunicipalities.stream()
                    .map(m -> {
                        int[] c = counts.getOrDefault(m.getCode(), new int[2]);
                        return new MunicipalityTally(m.getName(), c[0], c[1]);
                    })
                    .toList();
        }

        private ProvinceMap map(List<MunicipalityTally> tallies) {
            List<Municipality> all = allMunicipalities;
            int largest = tallies.stream()
                    .mapToInt(t -> Math.max(t.assignments(), t.placements()))
                    .max()
                    .orElse(0);
            ProvinceMap map = new ProvinceMap(all);
            for (int i = 0; i < all.size(); i++) {
                MunicipalityTally t = tallies.get(i);
                map.tally(
                        all.get(i).centre(),
                        t.assignments(),
                        t.placements(),
                        largest,
                        text("dashboard.map.tally", t.name(), t.assignments(), t.placements()));
            }
            return map;
        }

        /** The cohort's assignments in this status, each once, whichever of its rounds they are offered in. */
        private List<Assignment> ofCohort(AssignmentStatus status) {
            Map<Long, Assignment> found = new LinkedHashMap<>();
            for (Round r : cohortRounds) {
                assignments
                        .findByStatusAndRoundsIdOrderById(status, r.getId())
                        .forEach(a -> found.putIfAbsent(a.getId(), a));
            }
            return List.copyOf(found.values());
        }

        private String date(LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .format(date);
        }

        private String text(String key, Object... args) {
            return texts.getMessage(key, args, locale);
        }
    }

    private static int indexOf(List<Round> rounds, Placement p) {
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).getId().equals(p.getRound().getId())) {
                return i;
            }
        }
        throw new IllegalArgumentException("placement of another round: " + p.getId());
    }

    private static int total(int[] counts) {
        int sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }

    private static int percent(long part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    private static double average(Map<Long, Set<String>> perTrainee) {
        double mean = perTrainee.values().stream().mapToInt(Set::size).average().orElse(0);
        return Math.round(mean * 100) / 100.0;
    }
}
