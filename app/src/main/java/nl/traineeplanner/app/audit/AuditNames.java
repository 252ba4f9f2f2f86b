package nl.traineeplanner.app.audit;

import java.util.Map;
import java.util.Set;

/**
 * The names of one kind of {@link AuditRef reference}, for reading the trail: given by the feature that keeps them, so
 * that the audit trail depends on no feature. A person who is gone or anonymised has no name here.
 */
public interface AuditNames {

    AuditRef kind();

    /** The names of those of these ids that still have one. */
    Map<Long, String> namesOf(Set<Long> ids);
}
