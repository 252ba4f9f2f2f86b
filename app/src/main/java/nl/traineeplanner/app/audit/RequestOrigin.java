package nl.traineeplanner.app.audit;

/** Where the request being handled on this thread comes from, for the audit trail; null outside a request. */
@FunctionalInterface
public interface RequestOrigin {

    String address();
}
