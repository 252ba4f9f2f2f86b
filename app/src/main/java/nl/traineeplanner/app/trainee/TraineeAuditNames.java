package nl.traineeplanner.app.trainee;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.traineeplanner.app.audit.AuditNames;
import nl.traineeplanner.app.audit.AuditRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The names of trainees the audit trail refers to; an anonymised former trainee has none. */
@Component
class TraineeAuditNames implements AuditNames {

    private final TraineeRepository trainees;

    TraineeAuditNames(TraineeRepository trainees) {
        this.trainees = trainees;
    }

    @Override
    public AuditRef kind() {
        return AuditRef.TRAINEE;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Set<Long> ids) {
        return trainees.findAllById(ids).stream()
                .filter(t -> !t.isAnonymised())
                .collect(Collectors.toMap(Trainee::getId, Trainee::getName));
    }
}
