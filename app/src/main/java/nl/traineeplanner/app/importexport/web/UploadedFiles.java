package nl.traineeplanner.app.importexport.web;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.traineeplanner.app.importexport.DataKind;
import org.springframework.stereotype.Component;

/**
 * Files the coordinator uploaded for a preview, kept in their own session until they confirm the import, under a
 * random key: the confirmation imports exactly the bytes that were previewed (the form also carries the file's
 * digest, which must match), and no other session can reach them. A session keeps the last {@link #KEPT} files.
 */
@Component
class UploadedFiles {

    static final int KEPT = 3;

    private static final String ATTRIBUTE = UploadedFiles.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One uploaded file, for one cohort and kind. */
    record Upload(long cohortId, DataKind kind, String fileName, byte[] content) implements java.io.Serializable {}

    String keep(HttpSession session, Upload upload) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        synchronized (session) {
            Map<String, Upload> kept = kept(session);
            kept.put(key, upload);
            while (kept.size() > KEPT) {
                kept.remove(kept.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUTE, kept);
        }
        return key;
    }

    Optional<Upload> find(HttpSession session, String key, long cohortId) {
        synchronized (session) {
            return Optional.ofNullable(key == null ? null : kept(session).get(key))
                    .filter(u -> u.cohortId() == cohortId);
        }
    }

    void forget(HttpSession session, String key) {
        synchronized (session) {
            Map<String, Upload> kept = kept(session);
            kept.remove(key);
            session.setAttribute(ATTRIBUTE, kept);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Upload> kept(HttpSession session) {
        Object found = session.getAttribute(ATTRIBUTE);
        return found instanceof Map<?, ?> map ? (Map<String, Upload>) map : new LinkedHashMap<>();
    }
}
