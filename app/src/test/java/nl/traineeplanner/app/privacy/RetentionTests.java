package nl.traineeplanner.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.traineeplanner.app.WebAppTest;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.AuditWords;
import nl.traineeplanner.app.organisation.Municipality;
import nl.traineeplanner.app.organisation.MunicipalityRepository;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPeriod;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeProfile;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nightly retention job anonymises the trainees of a cohort whose last round ended more than 24 months ago (the
 * tests' day is 1 December 2026), leaves a cohort with a round still open, and leaves every current trainee alone.
 */
@WebAppTest
@Transactional
class RetentionTests {

    @Autowired
    private Retention retention;

    @Autowired
    private CohortRepository cohorts;

    @Autowired
    private RoundRepository rounds;

    @Autowired
    private TraineeRepository trainees;

    @Autowired
    private nl.traineeplanner.app.placement.PlacementRepository placementRepository;

    @Autowired
    private nl.traineeplanner.app.assignment.AssignmentRepository assignmentRepository;

    @Autowired
    private nl.traineeplanner.app.evaluation.EvaluationFormRepository formRepository;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private MunicipalityRepository municipalities;

    private Municipality veendam() {
        return municipalities.findById("GM0047").orElseThrow();
    }

    private Trainee formerTraineeOf(String cohortName, LocalDate start, boolean closed) {
        Cohort cohort = cohorts.save(new Cohort(cohortName));
        Round round = new Round(
                cohort,
                1,
                "Ronde 1",
                new RoundPeriod(start, start.plusMonths(8).minusDays(1), start.minusMonths(3), start.minusMonths(2)));
        if (closed) {
            round.openPreferences();
            round.startMatching();
            round.publish();
            round.start();
            round.close();
        }
        rounds.save(round);
        return trainees.save(new Trainee(
                cohort,
                new TraineeProfile(
                        "Geert Oud " + cohortName,
                        "geert." + cohortName.replace(' ', '.') + "@example.org",
                        "06-11111111",
                        "Bestuurskunde",
                        Set.of(),
                        veendam(),
                        veendam().centre(),
                        30)));
    }

    @Test
    void aFormerTraineeIsAnonymisedOnceTheRetentionPeriodHasPassedAndNobodyElse() {
        Trainee longGone = formerTraineeOf("Lichting 2022", LocalDate.of(2023, 9, 1), true);
        Trainee recent = formerTraineeOf("Lichting 2024", LocalDate.of(2025, 1, 1), true);
        Trainee stillOpen = formerTraineeOf("Lichting 2021", LocalDate.of(2022, 9, 1), false);
        long namedAnna = trainees.findAll().stream()
                .filter(t -> t.getName().equals("Anna de Jong"))
                .count();

        Retention.Applied applied = retention.apply();

        assertThat(applied.anonymised()).containsExactly(longGone.getId());
        assertThat(applied.leftOpen()).containsExactly(stillOpen.getId());
        assertThat(trainees.findById(longGone.getId()).orElseThrow().getName())
                .startsWith(Anonymisation.PSEUDONYM_PREFIX);
        assertThat(trainees.findById(recent.getId()).orElseThrow().getName()).isEqualTo("Geert Oud Lichting 2024");
        assertThat(trainees.findAll().stream().filter(t -> t.getName().equals("Anna de Jong")))
                .hasSize((int) namedAnna);
        assertThat(audit.findAll())
                .anyMatch(e -> e.getAction() == AuditAction.RETENTION_APPLIED
                        && e.getUsername().equals("planner")
                        && AuditWords.dutch(e.getDetail()).contains("1 oud-trainees")
                        && e.getReason().contains("#" + stillOpen.getId()));
    }

    @Test
    void aNightWithNothingToDoWritesNothing() {
        long before = audit.count();
        assertThat(retention.apply().anonymised()).isEmpty();
        assertThat(audit.count()).isEqualTo(before);
    }

    @Autowired
    private nl.traineeplanner.app.account.UserAccountRepository accounts;

    @Autowired
    private nl.traineeplanner.app.organisation.OrganisationRepository organisations;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    private jakarta.persistence.EntityManager entities;

    private nl.traineeplanner.app.account.UserAccount switchedOffHost(String username, String since) {
        var host = nl.traineeplanner.app.account.UserAccount.host(
                username, "hash", "Hanna " + username, organisations.findAll().get(0));
        host.changeEmail(username);
        host.disable(java.time.Instant.parse(since));
        return accounts.save(host);
    }

    @Test
    void aHostAccountSwitchedOffLongerThanItsPeriodIsForgottenAlsoInTheTrail() {
        var longOff = switchedOffHost("hanna@oud.example.org", "2026-08-01T10:00:00Z");
        var recentlyOff = switchedOffHost("henk@oud.example.org", "2026-10-01T10:00:00Z");
        audit.record(longOff.getUsername(), AuditAction.PROPOSAL_SUBMITTED, null, "voorstel", null);
        accounts.flush();
        // an evaluation she submitted as the host's supervisor
        var placement = new nl.traineeplanner.app.placement.Placement(
                trainees.findAll().get(0),
                rounds.findAll().get(0),
                assignmentRepository.findAll().get(0));
        placement.publish();
        placementRepository.save(placement);
        var form = formRepository.saveAndFlush(new nl.traineeplanner.app.evaluation.EvaluationForm(
                placement,
                nl.traineeplanner.app.evaluation.EvaluationMoment.MID_TERM,
                nl.traineeplanner.app.evaluation.EvaluationAuthor.HOST));
        jdbc.update(
                "update evaluation_form set saved_by = ?, submitted_by = ? where id = ?",
                longOff.getUsername(),
                longOff.getUsername(),
                form.getId());
        entities.clear(); // the form as the database holds it now

        retention.apply();
        entities.flush();
        entities.clear();

        var forgotten = accounts.findById(longOff.getId()).orElseThrow();
        assertThat(forgotten.isForgotten()).isTrue();
        assertThat(forgotten.getUsername()).isEqualTo("oud-gastgebruiker-" + longOff.getId());
        assertThat(forgotten.getEmail()).isEmpty();
        assertThat(forgotten.isEnabled()).isFalse();
        var evaluation = formRepository.findById(form.getId()).orElseThrow();
        assertThat(evaluation.getSavedBy()).isEqualTo(forgotten.getUsername());
        assertThat(evaluation.getSubmittedBy()).isEqualTo(forgotten.getUsername());
        assertThat(accounts.findById(recentlyOff.getId()).orElseThrow().getUsername())
                .as("switched off for two months of the three")
                .isEqualTo("henk@oud.example.org");
        assertThat(audit.findAll())
                .noneMatch(e -> e.getUsername().equals("hanna@oud.example.org"))
                .anyMatch(e -> e.getUsername().equals(forgotten.getUsername())
                        && e.getAction() == AuditAction.PROPOSAL_SUBMITTED)
                .anyMatch(e -> e.getAction() == AuditAction.RETENTION_APPLIED
                        && AuditWords.dutch(e.getDetail())
                                .contains("1 gastaccounts vergeten [{account#" + longOff.getId() + "}]"));
        assertThat(audit.check().intact()).isTrue();
        assertThat(retention.apply().anonymised()).isEmpty();
        assertThat(accounts.findById(recentlyOff.getId()).orElseThrow().isForgotten())
                .isFalse();
    }

    @Test
    void auditLinesOlderThanSevenYearsAreRemovedAndTheChainStillHolds() {
        nl.traineeplanner.app.audit.ForgetAudit.all(jdbc, audit);
        audit.append(new nl.traineeplanner.app.audit.AuditEvent(
                java.time.Instant.parse("2019-06-01T10:00:00Z"),
                "coordinator",
                AuditAction.ROUND_STARTED,
                null,
                "lang geleden",
                null));
        audit.append(new nl.traineeplanner.app.audit.AuditEvent(
                java.time.Instant.parse("2020-06-01T10:00:00Z"),
                "coordinator",
                AuditAction.ROUND_STARTED,
                null,
                "zes en een half jaar geleden",
                null));
        nl.traineeplanner.app.audit.SealNow.waiting(jdbc, entities);

        retention.apply();
        entities.flush();
        entities.clear();

        assertThat(audit.findAll())
                .extracting(e -> AuditWords.dutch(e.getDetail()))
                .doesNotContain("lang geleden")
                .contains("zes en een half jaar geleden")
                .anySatisfy(detail -> assertThat(detail)
                        .startsWith("bewaartermijn logboek 7 jaar: 1 regels van voor 2019-12-01 verwijderd"));
        nl.traineeplanner.app.audit.SealNow.waiting(jdbc, entities);
        assertThat(audit.check().intact()).isTrue();
    }
}
