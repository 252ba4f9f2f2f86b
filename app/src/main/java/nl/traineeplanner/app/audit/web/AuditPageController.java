package nl.traineeplanner.app.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.traineeplanner.app.audit.AuditAction;
import nl.traineeplanner.app.audit.AuditEvent;
import nl.traineeplanner.app.audit.AuditReader;
import nl.traineeplanner.app.audit.AuditText;
import nl.traineeplanner.app.audit.AuditTrail;
import nl.traineeplanner.app.audit.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coordinator's audit trail (role COORDINATOR only): every event, newest first, found by kind, user and period,
 * with whether the hash chain is whole; and the same search as a CSV file. Moments are shown in the Netherlands and
 * written to the CSV in ISO 8601 with their offset. The people the lines refer to are named when read. Every export is itself written to the
 * trail.
 */
@Controller
class AuditPageController {

    /** The columns of the CSV, named in the reader's language ({@code audit.csv.*}). */
    private static final List<String> COLUMNS = List.of(
            "id",
            "when",
            "user",
            "action",
            "description",
            "round",
            "assignment",
            "trainee",
            "detail",
            "reason",
            "address",
            "seal");

    private static final DateTimeFormatter WITH_ZONE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final AuditTrail audit;
    private final MessageSource messages;
    private final AuditReader reader;

    AuditPageController(AuditTrail audit, MessageSource messages, AuditReader reader) {
        this.audit = audit;
        this.messages = messages;
        this.reader = reader;
    }

    @GetMapping("/audit")
    String trail(@Valid AuditSearch search, Model model, Locale locale) {
        List<AuditEvent> events = search.in(audit, AuditSearch.PAGE_LIMIT);
        model.addAttribute("named", reader.read(events, locale));
        model.addAttribute("search", search);
        model.addAttribute("events", events);
        model.addAttribute("full", events.size() == AuditSearch.PAGE_LIMIT);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("chain", audit.check());
        return "audit/trail";
    }

    @GetMapping(value = "/audit.csv", produces = "text/csv")
    @Transactional
    void export(@Valid AuditSearch search, Authentication user, Locale locale, HttpServletResponse response)
            throws IOException {
        List<AuditEvent> events = search.in(audit, AuditSearch.EXPORT_LIMIT);
        audit.record(
                user.getName(),
                AuditAction.AUDIT_EXPORTED,
                null,
                search.describe(),
                AuditText.of("audit.count.lines", events.size()));
        AuditReader.Named named = reader.read(events, locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"logboek.csv\"");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\ufeff'); // so that Excel reads the file as UTF-8
        try (CSVPrinter csv = CSVFormat.EXCEL.builder().setDelimiter(';').get().print(out)) {
            csv.printRecord(COLUMNS.stream()
                    .map(column -> messages.getMessage("audit.csv." + column, null, locale))
                    .toList());
            for (AuditEvent e : events) {
                csv.printRecord(
                        e.getId(),
                        e.getOccurredHere().format(WITH_ZONE),
                        SpreadsheetText.inert(e.getUsername()),
                        e.getAction().name(),
                        messages.getMessage(
                                "audit.action." + e.getAction().name(),
                                null,
                                e.getAction().name(),
                                locale),
                        e.getRoundId(),
                        e.getAssignmentId(),
                        e.getTraineeId(),
                        SpreadsheetText.inert(named.detail(e)),
                        SpreadsheetText.inert(named.reason(e)),
                        SpreadsheetText.inert(e.getAddress()),
                        e.getSeal());
            }
        }
    }
}
