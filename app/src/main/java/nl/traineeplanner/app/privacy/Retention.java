package nl.traineeplanner.app.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import nl.traineeplanner.app.trainee.Trainee;
import nl.traineeplanner.app.trainee.TraineeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The retention period for trainees, applied every night: a cohort whose last round ended more than
 * {@code traineeplanner.retention.trainee-months} ago has its trainees anonymised, as the coordinator would (see
 * {@link Anonymisation}); a trainee whose cohort still has a round that is not closed is left and named in the audit
 * trail, so the coordinator can close it. What it did is written to the audit trail, once per night that it did
 * something. The same night it applies the periods of host accounts ({@link HostAccountRetention}) and of the audit
 * trail ({@link AuditRetention}).
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    /** The user name the audit trail shows for what the planner does on its own. */
    static final String PLANNER = "planner";

    private final CohortRepository cohorts;
    private final RoundRepository rounds;
    private final TraineeRepository trainees;
    private final Anonymisation anonymisation;
    private final AuditTrail audit;
    private final Clock clock;
    private final int traineeMonths;
    private final HostAccountRetention hostAccounts;
    private final AuditRetention auditLines;

    Retention(
            CohortRepository cohorts,
            RoundRepository rounds,
            TraineeRepository trainees,
            Anonymisation anonymisation,
            AuditTrail audit,
            Clock clock,
            @Value("${traineeplanner.retention.trainee-months:24}") int traineeMonths,
            HostAccountRetention hostAccounts,
            AuditRetention auditLines) {
        this.hostAccounts = hostAccounts;
        this.auditLines = auditLines;
        this.cohorts = cohorts;
        this.rounds = rounds;
        this.trainees = trainees;
        this.anonymisation = anonymisation;
        this.audit = audit;
        this.clock = clock;
        this.traineeMonths = traineeMonths;
    }

    /** What one night's work did: trainees anonymised, and trainees left because a round of theirs is open. */
    public record Applied(List<Long> anonymised, List<Long> leftOpen) {}

    @nl.traineeplanner.app.system.SystemJob("retention")
    void nightly() {
        Applied applied = apply();
        if (!applied.anonymised().isEmpty() || !applied.leftOpen().isEmpty()) {
            log.info(
                    "Retention: {} former trainees anonymised, {} left",
                    applied.anonymised().size(),
                    applied.leftOpen().size());
        }
    }

    /** Anonymises every former trainee whose retention period has passed; each in a transaction of its own. */
    @nl.traineeplanner.app.system.SystemJob("retention")
    public Applied apply() {
        LocalDate cutoff = LocalDate.now(clock).minusMonths(traineeMonths);
        List<Long> anonymised = new ArrayList<>();
        List<Long> leftOpen = new ArrayList<>();
        for (Cohort cohort : cohorts.findAll()) {
            if (!endedBefore(cohort, cutoff)) {
                continue;
            }
            for (Trainee trainee : trainees.findByCohortIdOrderById(cohort.getId())) {
                if (trainee.isAnonymised()) {
                    continue;
                }
                try {
                    anonymisation.anonymise(trainee, PLANNER);
                    anonymised.add(trainee.getId());
                } catch (Anonymisation.Refused refused) {
                    leftOpen.add(trainee.getId());
                }
            }
        }
        if (!anonymised.isEmpty() || !leftOpen.isEmpty()) {
            audit.record(
                    PLANNER,
                    AuditAction.RETENTION_APPLIED,
                    null,
                    AuditText.of("audit.detail.retention.trainees", traineeMonths, anonymised.size(), ids(anonymised)),
                    leftOpen.isEmpty() ? null : AuditText.of("audit.reason.retention.leftOpen", ids(leftOpen)));
        }
        applyToAccountsAndTrail();
        return new Applied(anonymised, leftOpen);
    }

    /** The periods of host accounts and of the audit trail; one failing does not keep the other from its work. */
    private void applyToAccountsAndTrail() {
        for (Runnable part : List.<Runnable>of(hostAccounts::apply, auditLines::apply)) {
            try {
                part.run();
            } catch (RuntimeException failed) {
                log.warn("Retention of host accounts or audit lines failed; tried again next night", failed);
            }
        }
    }

    private boolean endedBefore(Cohort cohort, LocalDate cutoff) {
        return rounds.findByCohortIdOrderBySequenceNumber(cohort.getId()).stream()
                .map(Round::getEndDate)
                .max(Comparator.naturalOrder())
                .map(end -> end.isBefore(cutoff))
                .orElse(false);
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(id -> "#" + id).toList().toString();
    }
}
