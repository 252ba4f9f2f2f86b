package nl.traineeplanner.app.assignment;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.traineeplanner.app.round.Round;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The catalogue's filters; every one is optional. The search text matches title, context, tasks and expected result,
 * case-insensitively, with a plain LIKE that behaves the same on H2 and PostgreSQL.
 */
public record AssignmentFilter(
        @Positive(message = "{bounds.reference}") Long round,
        @Size(max = 100, message = "{bounds.text}") String domain,
        @Size(max = 100, message = "{bounds.text}") String programme,
        @Size(max = 200, message = "{bounds.text}") String municipality,
        @Size(max = 200, message = "{bounds.text}") String q) {

    private static final char ESCAPE = '\\';

    public static AssignmentFilter none() {
        return new AssignmentFilter(null, null, null, null, null);
    }

    /** Approved assignments that pass every filter that is set. */
    /**
     * A page of the catalogue, by title; the id decides between equal titles, so every assignment is on exactly one
     * page however the database orders ties.
     */
    public static Pageable page(int page, int size) {
        return PageRequest.of(page, size, Sort.by("title", "id"));
    }

    public Specification<Assignment> approved() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("status"), AssignmentStatus.APPROVED));
            if (round != null) {
                Join<Assignment, Round> rounds = root.join("rounds");
                where.add(cb.equal(rounds.get("id"), round));
                query.distinct(true);
            }
            if (hasText(domain)) {
                where.add(cb.equal(root.get("domain").get("code"), domain));
            }
            if (hasText(programme)) {
                where.add(cb.equal(root.get("programme").get("code"), programme));
            }
            if (hasText(municipality)) {
                where.add(cb.equal(root.get("municipality").get("code"), municipality));
            }
            if (hasText(q)) {
                String pattern = "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("title")), pattern, ESCAPE),
                        cb.like(cb.lower(root.get("context")), pattern, ESCAPE),
                        cb.like(cb.lower(root.get("tasks")), pattern, ESCAPE),
                        cb.like(cb.lower(root.get("expectedResult")), pattern, ESCAPE)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** A user's % or _ is searched for literally, not taken as a wildcard. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
