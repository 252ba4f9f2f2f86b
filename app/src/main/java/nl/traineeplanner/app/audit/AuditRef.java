package nl.traineeplanner.app.audit;

import java.util.regex.Pattern;

/**
 * Whom an audit line's detail or reason mentions, written as a reference such as {@code {trainee#12}} instead of a
 * name, so that the trail itself holds no names: the pages and the CSV name them when they are read (see
 * {@link AuditReader}), and a person who is gone or anonymised shows as "trainee #12".
 */
public enum AuditRef {
    TRAINEE("trainee"),
    ACCOUNT("account");

    /** A reference in a text: its kind and its id. */
    static final Pattern IN_TEXT = Pattern.compile("\\{(trainee|account)#(\\d{1,18})\\}");

    private final String key;

    AuditRef(String key) {
        this.key = key;
    }

    /** The reference to write into a detail or reason. */
    public String of(long id) {
        return "{" + key + "#" + id + "}";
    }

    String key() {
        return key;
    }

    static AuditRef byKey(String key) {
        for (AuditRef ref : values()) {
            if (ref.key.equals(key)) {
                return ref;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
