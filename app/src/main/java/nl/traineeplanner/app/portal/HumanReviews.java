package nl.traineeplanner.app.portal;

import java.time.Clock;
import java.util.List;
import nl.traineeplanner.app.account.Role;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditRef;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.message.Message;
import nl.traineeplanner.app.message.Notices;
import nl.traineeplanner.app.placement.HumanReviewRequest;
import nl.traineeplanner.app.placement.HumanReviewRequestRepository;
import nl.traineeplanner.app.placement.Placement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainee's request that a person looks at their placement again: stored once per placement, written to the round's
 * audit trail, and told to every coordinator in the planner and by e-mail.
 */
@Service
public class HumanReviews {

    private final HumanReviewRequestRepository requests;
    private final UserAccountRepository accounts;
    private final Notices notices;
    private final AuditTrail audit;
    private final Clock clock;

    HumanReviews(
            HumanReviewRequestRepository requests,
            UserAccountRepository accounts,
            Notices notices,
            AuditTrail audit,
            Clock clock) {
        this.requests = requests;
        this.accounts = accounts;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why a request was not taken: a message key. */
    public static class Refused extends RuntimeException {
        Refused(String code) {
            super(code);
        }
    }

    @Transactional
    public HumanReviewRequest request(Placement placement, String reason, String username) {
        if (requests.findByPlacementId(placement.getId()).isPresent()) {
            throw new Refused("review.request.refused.twice");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("review.request.refused.empty");
        }
        if (reason.strip().length() > HumanReviewRequest.REASON_MAX) {
            throw new Refused("review.request.refused.long");
        }
        HumanReviewRequest request = requests.save(new HumanReviewRequest(placement, reason, clock.instant()));
        String about = AuditRef.TRAINEE.of(placement.getTrainee().getId()) + ": "
                + placement.getAssignment().getTitle();
        audit.recordAboutTrainee(
                username,
                AuditAction.HUMAN_REVIEW_REQUESTED,
                placement.getRound().getId(),
                placement.getTrainee().getId(),
                about,
                request.getReason());
        List<Message> told = accounts.findAll().stream()
                .filter(a -> a.getRole() == Role.COORDINATOR && a.isEnabled())
                .map(coordinator -> Message.humanReviewRequested(
                        coordinator,
                        placement.getRound(),
                        placement.getTrainee().getName(),
                        placement.getAssignment().getTitle(),
                        request.getReason()))
                .toList();
        notices.send(
                placement.getRound().getId(),
                username,
                told,
                AuditText.of("audit.detail.messages.humanReview", told.size()));
        return request;
    }
}
