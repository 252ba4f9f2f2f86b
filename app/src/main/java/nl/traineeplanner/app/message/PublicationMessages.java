package nl.traineeplanner.app.message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.app.account.Role;
import nl.traineeplanner.app.account.UserAccountRepository;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.organisation.Organisation;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundPublished;
import nl.traineeplanner.app.round.RoundRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells trainees and hosts about a published round, in the same transaction as the publication: every placed trainee
 * gets a message saying where they go, and every host account of an organisation that receives trainees gets one
 * listing them. The e-mails are written here too, and sent by {@link MailDelivery} once the publication has
 * committed.
 */
@Component
class PublicationMessages {

    private final RoundRepository rounds;
    private final PlacementRepository placements;
    private final UserAccountRepository accounts;
    private final MessageRepository messages;
    private final MailDelivery delivery;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PublicationMessages(
            RoundRepository rounds,
            PlacementRepository placements,
            UserAccountRepository accounts,
            MessageRepository messages,
            MailDelivery delivery,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.placements = placements;
        this.accounts = accounts;
        this.messages = messages;
        this.delivery = delivery;
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    void tell(RoundPublished published) {
        Round round = rounds.findById(published.roundId()).orElseThrow();
        List<Placement> placed = placements.findByRoundIdAndStatus(round.getId(), PlacementStatus.PUBLISHED).stream()
                .sorted(Comparator.comparing(p -> p.getTrainee().getName()))
                .toList();
        List<Message> toTrainees = placed.stream()
                .map(p -> Message.traineePlaced(
                        p.getTrainee(),
                        round,
                        p.getAssignment().getOrganisation().getName(),
                        p.getAssignment().getTitle()))
                .toList();
        List<Message> toHosts = new ArrayList<>();
        byOrganisation(placed).forEach((organisation, atHost) -> {
            List<MessageLine> lines = atHost.stream()
                    .map(p -> new MessageLine(
                            p.getTrainee().getName(), p.getAssignment().getTitle()))
                    .toList();
            accounts.findByRoleAndOrganisationIdOrderByUsername(Role.HOST, organisation.getId())
                    .forEach(host -> toHosts.add(Message.hostPlaced(host, round, lines)));
        });
        List<Message> written = new ArrayList<>(toTrainees);
        written.addAll(toHosts);
        messages.saveAll(written);
        audit.record(
                published.username(),
                AuditAction.MESSAGES_CREATED,
                round.getId(),
                AuditText.of(
                        "audit.detail.messages.published",
                        round.getName(),
                        written.size(),
                        toTrainees.size(),
                        toHosts.size()),
                null);

        events.publishEvent(delivery.prepare(round.getId(), published.username(), written));
    }

    /** The placements per organisation, organisations by name. */
    private static Map<Organisation, List<Placement>> byOrganisation(List<Placement> placed) {
        Map<Organisation, List<Placement>> grouped = new LinkedHashMap<>();
        placed.stream()
                .sorted(Comparator.comparing(
                        (Placement p) -> p.getAssignment().getOrganisation().getName()))
                .forEach(p -> grouped.computeIfAbsent(p.getAssignment().getOrganisation(), o -> new ArrayList<>())
                        .add(p));
        return grouped;
    }
}
