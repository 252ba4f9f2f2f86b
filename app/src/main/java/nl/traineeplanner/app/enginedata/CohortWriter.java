package nl.traineeplanner.app.enginedata;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.traineeplanner.app.assignment.Assignment;
import nl.traineeplanner.app.assignment.AssignmentContent;
import nl.traineeplanner.app.assignment.AssignmentRepository;
import nl.traineeplanner.app.assignment.PolicyDomain;
import nl.traineeplanner.app.assignment.ReferenceDataRepository;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.organisation.GeoPoint;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.organisation.OrganisationRepository;
import nl.traineeplanner.app.placement.HostRanking;
import nl.traineeplanner.app.placement.HostRankingRepository;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPeriod;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineePreference;
import nl.traineeplanner.app.trainee.TraineePreferenceRepository;
import nl.traineeplanner.app.trainee.TraineeProfile;
import nl.traineeplanner.app.trainee.TraineeRepository;
import nl.traineeplanner.engine.HistoryEntry;
import nl.traineeplanner.engine.HostPreference;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.Location;
import nl.traineeplanner.engine.Weights;
import org.springframework.stereotype.Component;

/**
 * Stores a checked instance as a new cohort, inside the caller's transaction. The instance's rounds become the
 * cohort's rounds, in matching; the rounds named in the history become earlier, closed rounds before them, in which
 * each history entry is a published placement at an assignment made for it. The way back is {@link RoundInstances}:
 * what is stored here, it writes out again.
 */
@Component
public class CohortWriter {

    private static final int MONTHS_PER_ROUND = 8;

    private final CohortRepository cohorts;
    private final RoundRepository rounds;
    private final MunicipalityRepository municipalities;
    private final ReferenceDataRepository referenceData;
    private final OrganisationRepository organisations;
    private final AssignmentRepository assignments;
    private final TraineeRepository trainees;
    private final TraineePreferenceRepository preferences;
    private final HostRankingRepository hostRankings;
    private final PlacementRepository placements;
    private final AuditTrail audit;
    private final EntityManager entities;

    CohortWriter(
            CohortRepository cohorts,
            RoundRepository rounds,
            MunicipalityRepository municipalities,
            ReferenceDataRepository referenceData,
            OrganisationRepository organisations,
            AssignmentRepository assignments,
            TraineeRepository trainees,
            TraineePreferenceRepository preferences,
            HostRankingRepository hostRankings,
            PlacementRepository placements,
            AuditTrail audit,
            EntityManager entities) {
        this.cohorts = cohorts;
        this.rounds = rounds;
        this.municipalities = municipalities;
        this.referenceData = referenceData;
        this.organisations = organisations;
        this.assignments = assignments;
        this.trainees = trainees;
        this.preferences = preferences;
        this.hostRankings = hostRankings;
        this.placements = placements;
        this.audit = audit;
        this.entities = entities;
    }

    public CohortImport write(Instance instance, String cohortName, String file, String username) {
        return new Writing(instance).write(cohortName.strip(), file, username);
    }

    /** One import: the maps from the file's ids to what was stored. */
    private final class Writing {

        private final Instance instance;
        private final List<Municipality> places = municipalities.findAllByOrderByName();
        private final Map<String, Round> roundsById = new LinkedHashMap<>();
        private final Map<String, PolicyDomain> domains = new HashMap<>();
        private final Map<String, Organisation> organisationsByCode = new HashMap<>();
        private final Map<String, Assignment> assignmentsById = new LinkedHashMap<>();
        private final Map<String, Trainee> traineesById = new LinkedHashMap<>();
        private final List<String> newDomains = new ArrayList<>();
        private int created;
        private int updated;
        private int unchanged;

        Writing(Instance instance) {
            this.instance = instance;
        }

        CohortImport write(String cohortName, String file, String username) {
            Cohort cohort = cohorts.save(new Cohort(cohortName));
            List<CohortImport.ImportedRound> roundList = rounds(cohort);
            domains();
            organisations();
            instance.assignments().forEach(this::assignment);
            for (int i = 0; i < instance.trainees().size(); i++) {
                trainee(cohort, i);
            }
            int preferenceCount = preferences();
            int rankingCount = hostRankings();
            int historyCount = history();
            int pinCount = pins();
            CohortImport result = new CohortImport(
                    cohort.getId(),
                    cohort.getName(),
                    roundList,
                    created,
                    updated,
                    unchanged,
                    assignmentsById.size(),
                    traineesById.size(),
                    preferenceCount,
                    rankingCount,
                    historyCount,
                    pinCount,
                    newDomains,
                    !instance.weights().equals(Weights.DEFAULTS),
                    ids(assignmentsById, Assignment::getId),
                    ids(traineesById, Trainee::getId));
            for (CohortImport.ImportedRound r : roundList) {
                if (r.planned()) {
                    audit.record(
                            username,
                            AuditAction.COHORT_IMPORTED,
                            r.id(),
                            AuditText.of(
                                    "audit.detail.cohortImported",
                                    cohortName,
                                    file,
                                    result.trainees(),
                                    result.assignments(),
                                    result.organisations()),
                            null);
                }
            }
            return result;
        }

        /** The earlier rounds of the history first, eight months each before the first planned round. */
        private List<CohortImport.ImportedRound> rounds(Cohort cohort) {
            var planned = instance.rounds().stream()
                    .sorted(Comparator.comparing(r -> r.start()))
                    .toList();
            List<String> earlier = historyRounds();
            LocalDate first = planned.get(0).start();
            List<CohortImport.ImportedRound> made = new ArrayList<>();
            int sequence = 0;
            for (int k = 0; k < earlier.size(); k++) {
                LocalDate start = first.minusMonths((long) MONTHS_PER_ROUND * (earlier.size() - k));
                LocalDate end = start.plusMonths(MONTHS_PER_ROUND).minusDays(1);
                Round round = round(cohort, ++sequence, earlier.get(k), start, end);
                round.openPreferences();
                round.startMatching();
                round.publish();
                round.start();
                round.close();
                made.add(stored(round, earlier.get(k), false));
            }
            for (var r : planned) {
                Round round = round(cohort, ++sequence, r.id(), r.start(), r.end());
                // the preferences come with the file: the round is ready to be matched
                round.openPreferences();
                round.startMatching();
                made.add(stored(round, r.id(), true));
            }
            return made;
        }

        private Round round(Cohort cohort, int sequence, String fileId, LocalDate start, LocalDate end) {
            String name = fileId.chars().allMatch(Character::isDigit) ? "Ronde " + sequence : "Ronde " + fileId;
            return new Round(
                    cohort, sequence, name, new RoundPeriod(start, end, start.minusMonths(3), start.minusMonths(1)));
        }

        private CohortImport.ImportedRound stored(Round round, String fileId, boolean planned) {
            Round saved = rounds.save(round);
            roundsById.put(fileId, saved);
            return new CohortImport.ImportedRound(saved.getId(), fileId, saved.getName(), planned);
        }

        /** The history's round ids, in number order where they are numbers, else in text order. */
        private List<String> historyRounds() {
            Set<String> ids = new TreeSet<>(Comparator.comparing(
                    (String id) -> id.chars().allMatch(Character::isDigit) ? String.format("%20s", id) : id));
            instance.trainees().forEach(t -> t.history().forEach(h -> ids.add(h.round())));
            return List.copyOf(ids);
        }

        /** Domains the application does not know yet are added, named by their code; the result lists them. */
        private void domains() {
            referenceData.domains().forEach(d -> domains.put(d.getCode(), d));
            Set<String> wanted = new TreeSet<>();
            instance.assignments().forEach(a -> wanted.add(a.domain()));
            instance.trainees().forEach(t -> t.history().forEach(h -> wanted.add(h.domain())));
            for (String code : wanted) {
                if (!domains.containsKey(code)) {
                    PolicyDomain added = new PolicyDomain(code, code, code);
                    entities.persist(added);
                    domains.put(code, added);
                    newDomains.add(code);
                }
            }
        }

        /** New organisations are added; stored ones with the same code take over the file's name and place. */
        private void organisations() {
            organisations.findAll().forEach(o -> organisationsByCode.put(o.getCode(), o));
            for (var o : instance.organisations()) {
                GeoPoint place = point(o.location());
                Organisation stored = organisationsByCode.get(o.id());
                if (stored == null) {
                    String name = given(o.name(), o.id());
                    organisationsByCode.put(
                            o.id(), organisations.save(new Organisation(o.id(), name, nearest(o.location()), place)));
                    created++;
                } else {
                    String name = given(o.name(), stored.getName());
                    if (name.equals(stored.getName()) && place.equals(stored.getLocation())) {
                        unchanged++;
                    } else {
                        // the file knows no municipalities: a moved organisation is filed under the nearest one
                        Municipality municipality =
                                place.equals(stored.getLocation()) ? stored.getMunicipality() : nearest(o.location());
                        stored.update(name, municipality, place);
                        updated++;
                    }
                }
            }
        }

        private void assignment(nl.traineeplanner.engine.Assignment a) {
            Organisation host = organisationsByCode.get(a.organisation());
            GeoPoint place = a.location() == null ? host.getLocation() : point(a.location());
            Set<Round> offered = a.rounds().stream().map(roundsById::get).collect(Collectors.toSet());
            String title = given(a.title(), "Opdracht " + a.id());
            Assignment made =
                    approved(host, title, a.programme(), a.domain(), place, offered, a.capacity(), a.unfilledPenalty());
            assignmentsById.put(a.id(), made);
        }

        private Assignment approved(
                Organisation host,
                String title,
                String programme,
                String domain,
                GeoPoint place,
                Set<Round> offered,
                int capacity,
                int unfilledPenalty) {
            AssignmentContent content = new AssignmentContent(
                    title,
                    referenceData.programme(programme).orElseThrow(),
                    domains.get(domain),
                    null,
                    "",
                    "",
                    "",
                    nearest(EngineRecords.location(place)),
                    place,
                    offered,
                    capacity,
                    new AssignmentContent.Supervisor("", ""),
                    unfilledPenalty);
            Assignment assignment = new Assignment(host, content);
            assignment.submit();
            assignment.approve();
            return assignments.save(assignment);
        }

        private void trainee(Cohort cohort, int index) {
            var t = instance.trainees().get(index);
            Double limit = t.maxTravelKm();
            TraineeProfile profile = new TraineeProfile(
                    given(t.name(), "Trainee " + t.id()),
                    // a unique address that can never receive mail; the coordinator fills in the real one
                    "import-%d-%d@traineeplanner.invalid".formatted(cohort.getId(), index + 1),
                    null,
                    "",
                    Set.of(),
                    nearest(t.home()),
                    point(t.home()),
                    limit == null ? null : limit.intValue());
            Trainee trainee = new Trainee(cohort, profile);
            t.excludedOrganisations().stream().sorted().forEach(code -> trainee.exclude(organisationsByCode.get(code)));
            traineesById.put(t.id(), trainees.save(trainee));
        }

        /** One list may mix rounds; each round keeps the order of its own assignments, as the score reads it. */
        private int preferences() {
            List<TraineePreference> made = new ArrayList<>();
            for (var t : instance.trainees()) {
                for (var r : instance.rounds()) {
                    Round round = roundsById.get(r.id());
                    int rank = 0;
                    for (String id : t.preferences()) {
                        Assignment a = assignmentsById.get(id);
                        if (a.isOfferedIn(round)) {
                            made.add(new TraineePreference(traineesById.get(t.id()), round, a, ++rank, null));
                        }
                    }
                }
            }
            preferences.saveAll(made);
            return made.size();
        }

        private int hostRankings() {
            List<HostRanking> made = new ArrayList<>();
            for (HostPreference h : instance.hostPreferences()) {
                for (int k = 0; k < h.trainees().size(); k++) {
                    made.add(new HostRanking(
                            assignmentsById.get(h.assignment()),
                            traineesById.get(h.trainees().get(k)),
                            k + 1));
                }
            }
            hostRankings.saveAll(made);
            return made.size();
        }

        /** One assignment per earlier round, organisation, programme and domain, taking all trainees who did it. */
        private int history() {
            Map<List<String>, List<String>> groups = new LinkedHashMap<>();
            for (var t : instance.trainees()) {
                for (HistoryEntry h : t.history()) {
                    groups.computeIfAbsent(
                                    List.of(h.round(), h.organisation(), h.programme(), h.domain()),
                                    g -> new ArrayList<>())
                            .add(t.id());
                }
            }
            List<Placement> made = new ArrayList<>();
            groups.forEach((key, done) -> {
                Round round = roundsById.get(key.get(0));
                Organisation host = organisationsByCode.computeIfAbsent(
                        key.get(1), code -> organisations.findByCode(code).orElseThrow());
                Assignment a = approved(
                        host,
                        "Eerdere opdracht bij " + host.getName(),
                        key.get(2),
                        key.get(3),
                        host.getLocation(),
                        Set.of(round),
                        done.size(),
                        0);
                for (String trainee : done) {
                    Placement placement = new Placement(traineesById.get(trainee), round, a);
                    placement.publish();
                    made.add(placement);
                }
            });
            placements.saveAll(made);
            return made.size();
        }

        private int pins() {
            List<Placement> made = new ArrayList<>();
            for (var p : instance.pinned()) {
                Placement pin = new Placement(
                        traineesById.get(p.trainee()), roundsById.get(p.round()), assignmentsById.get(p.assignment()));
                pin.pin();
                made.add(pin);
            }
            placements.saveAll(made);
            return made.size();
        }

        /** The municipality whose centre is nearest: the application files every place under one. */
        private Municipality nearest(Location location) {
            return places.stream()
                    .min(Comparator.comparingDouble(
                            m -> location.distanceKm(new Location(m.getLatitude(), m.getLongitude()))))
                    .orElseThrow();
        }
    }

    /** The file's text, or what stands in for it where the file leaves it out or blank. */
    private static String given(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text.strip();
    }

    private static GeoPoint point(Location location) {
        return EngineRecords.point(location);
    }

    private static <T> Map<String, Long> ids(Map<String, T> byFileId, java.util.function.Function<T, Long> id) {
        Map<String, Long> ids = new LinkedHashMap<>();
        byFileId.forEach((fileId, stored) -> ids.put(fileId, id.apply(stored)));
        return ids;
    }
}
