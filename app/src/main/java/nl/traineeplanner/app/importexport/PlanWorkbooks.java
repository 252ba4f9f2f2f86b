package nl.traineeplanner.app.importexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.traineeplanner.app.audit.SpreadsheetText;
import nl.traineeplanner.app.placement.Placement;
import nl.traineeplanner.app.placement.PlacementRanks;
import nl.traineeplanner.app.placement.PlacementRepository;
import nl.traineeplanner.app.placement.PlacementStatus;
import nl.traineeplanner.app.round.Cohort;
import nl.traineeplanner.app.round.CohortRepository;
import nl.traineeplanner.app.round.Round;
import nl.traineeplanner.app.round.RoundRepository;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published plan of a cohort as an Excel workbook (.xlsx), for the coordinator: one sheet per round, one per host
 * organisation (its trainees over the rounds) and one per trainee (their rotation). Each row is one published
 * placement with the assignment, its supervisor, the period as dates and the place the trainee gave the assignment on
 * their list for that round (empty when it was not on it). The header row is bold and stays in view.
 *
 * <p>A text that Excel would take for a formula (starting with {@code = + - @}, a tab or a carriage return) is written
 * as a plain text cell marked "quote prefixed", so Excel shows it as text and never runs it.
 */
@Service
public class PlanWorkbooks {

    /** Excel's limit on the length of a sheet name. */
    static final int SHEET_NAME_LIMIT = 31;

    private final CohortRepository cohorts;
    private final RoundRepository rounds;
    private final PlacementRepository placements;
    private final PlacementRanks ranks;
    private final MessageSource texts;

    PlanWorkbooks(
            CohortRepository cohorts,
            RoundRepository rounds,
            PlacementRepository placements,
            PlacementRanks ranks,
            MessageSource texts) {
        this.cohorts = cohorts;
        this.rounds = rounds;
        this.placements = placements;
        this.ranks = ranks;
        this.texts = texts;
    }

    /** A workbook to download: its bytes, the name to save it under and how many placements it holds. */
    public record PlanFile(byte[] content, String fileName, int placements) {}

    /** The columns of the sheets; a sheet leaves out the one that is the same on every row. */
    enum Column {
        ROUND,
        TRAINEE,
        ASSIGNMENT,
        ORGANISATION,
        MUNICIPALITY,
        SUPERVISOR,
        SUPERVISOR_EMAIL,
        START,
        END,
        RANK
    }

    /** The published plan of a cohort, or empty when there is no such cohort. */
    @Transactional(readOnly = true)
    public Optional<PlanFile> ofCohort(long cohortId, Locale locale) {
        Optional<Cohort> cohort = cohorts.findById(cohortId);
        if (cohort.isEmpty()) {
            return Optional.empty();
        }
        List<Round> roundsOfCohort = rounds.findByCohortIdOrderBySequenceNumber(cohortId);
        PlacementRanks.Ranks ranked = ranks.of(roundsOfCohort);
        Comparator<Placement> byRoundThenTrainee = Comparator.<Placement, LocalDate>comparing(
                        p -> p.getRound().getStartDate())
                .thenComparing(p -> p.getRound().getSequenceNumber())
                .thenComparing(p -> p.getTrainee().getName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Placement::getId);
        List<Placement> published =
                placements.findByRoundCohortIdAndStatus(cohortId, PlacementStatus.PUBLISHED).stream()
                        .sorted(byRoundThenTrainee)
                        .toList();

        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, texts.getMessage("plan.xlsx.dateFormat", null, "d-m-yyyy", locale));
            Set<String> taken = new HashSet<>();
            Function<Placement, Integer> rankOf = ranked::of;
            for (Round round : roundsOfCohort) {
                List<Placement> ofRound = published.stream()
                        .filter(p -> p.getRound().getId().equals(round.getId()))
                        .toList();
                if (!ofRound.isEmpty()) {
                    sheet(
                            workbook,
                            styles,
                            taken,
                            round.getName(),
                            EnumSet.complementOf(EnumSet.of(Column.ROUND)),
                            ofRound,
                            rankOf,
                            locale);
                }
            }
            Map<Long, List<Placement>> byOrganisation = groupBy(
                    published.stream()
                            .sorted(Comparator.comparing(
                                            (Placement p) -> p.getAssignment()
                                                    .getOrganisation()
                                                    .getName(),
                                            String.CASE_INSENSITIVE_ORDER)
                                    .thenComparing(byRoundThenTrainee))
                            .toList(),
                    p -> p.getAssignment().getOrganisation().getId());
            for (List<Placement> ofOrganisation : byOrganisation.values()) {
                sheet(
                        workbook,
                        styles,
                        taken,
                        ofOrganisation.get(0).getAssignment().getOrganisation().getName(),
                        EnumSet.complementOf(EnumSet.of(Column.ORGANISATION)),
                        ofOrganisation,
                        rankOf,
                        locale);
            }
            Map<Long, List<Placement>> byTrainee = groupBy(
                    published.stream()
                            .sorted(Comparator.comparing(
                                            (Placement p) -> p.getTrainee().getName(), String.CASE_INSENSITIVE_ORDER)
                                    .thenComparing(byRoundThenTrainee))
                            .toList(),
                    p -> p.getTrainee().getId());
            for (List<Placement> ofTrainee : byTrainee.values()) {
                sheet(
                        workbook,
                        styles,
                        taken,
                        ofTrainee.get(0).getTrainee().getName(),
                        EnumSet.complementOf(EnumSet.of(Column.TRAINEE)),
                        ofTrainee,
                        rankOf,
                        locale);
            }
            if (workbook.getNumberOfSheets() == 0) {
                sheet(
                        workbook,
                        styles,
                        taken,
                        cohort.get().getName(),
                        EnumSet.allOf(Column.class),
                        List.of(),
                        rankOf,
                        locale);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return Optional.of(new PlanFile(out.toByteArray(), fileName(cohort.get()), published.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(
            XSSFWorkbook workbook,
            Styles styles,
            Set<String> taken,
            String name,
            Set<Column> columns,
            List<Placement> rows,
            Function<Placement, Integer> rankOf,
            Locale locale) {
        Sheet sheet = workbook.createSheet(sheetName(name, taken));
        List<Column> shown = new ArrayList<>(columns);
        int[] widths = new int[shown.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < shown.size(); c++) {
            String title = texts.getMessage("plan.xlsx.column." + shown.get(c).name(), null, locale);
            Cell cell = header.createCell(c);
            cell.setCellValue(title);
            cell.setCellStyle(styles.header);
            widths[c] = title.length();
        }
        int r = 1;
        for (Placement p : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < shown.size(); c++) {
                widths[c] = Math.max(widths[c], write(row.createCell(c), shown.get(c), p, rankOf, styles));
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < shown.size(); c++) {
            sheet.setColumnWidth(c, Math.min(widths[c] + 2, 60) * 256);
        }
    }

    /** Fills one cell; answers about how many characters wide its content is. */
    private static int write(
            Cell cell, Column column, Placement p, Function<Placement, Integer> rankOf, Styles styles) {
        var assignment = p.getAssignment();
        var supervisor = assignment.getSupervisor();
        return switch (column) {
            case ROUND -> text(cell, p.getRound().getName(), styles);
            case TRAINEE -> text(cell, p.getTrainee().getName(), styles);
            case ASSIGNMENT -> text(cell, assignment.getTitle(), styles);
            case ORGANISATION -> text(cell, assignment.getOrganisation().getName(), styles);
            case MUNICIPALITY ->
                text(
                        cell,
                        assignment.getMunicipality() == null
                                ? null
                                : assignment.getMunicipality().getName(),
                        styles);
            case SUPERVISOR -> text(cell, supervisor == null ? null : supervisor.name(), styles);
            case SUPERVISOR_EMAIL -> text(cell, supervisor == null ? null : supervisor.email(), styles);
            case START -> date(cell, p.getRound().getStartDate(), styles);
            case END -> date(cell, p.getRound().getEndDate(), styles);
            case RANK -> {
                Integer rank = rankOf.apply(p);
                if (rank != null && rank > 0) {
                    cell.setCellValue(rank);
                }
                yield 4;
            }
        };
    }

    /** A text cell, never a formula; a text Excel would run as one is marked quote prefixed (the catalogue uses this too). */
    static int text(Cell cell, String value, Styles styles) {
        if (value == null || value.isEmpty()) {
            return 0;
        }
        cell.setCellValue(value); // always a text cell, never a formula
        if (SpreadsheetText.looksLikeAFormula(value)) {
            cell.setCellStyle(styles.quoted);
        }
        return value.length();
    }

    private static int date(Cell cell, LocalDate value, Styles styles) {
        if (value == null) {
            return 0;
        }
        cell.setCellValue(value);
        cell.setCellStyle(styles.date);
        return 10;
    }

    /**
     * A valid sheet name that no sheet has yet: without the characters Excel refuses, at most 31 characters, and told
     * apart by a number when another sheet already has it (Excel does not tell upper and lower case apart).
     */
    static String sheetName(String wanted, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "-" : wanted.strip(), '-');
        String name = safe;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), SHEET_NAME_LIMIT - suffix.length()))
                            .strip()
                    + suffix;
        }
        return name;
    }

    /** "plan-lichting-2026.xlsx": the cohort's name in plain lower-case letters and digits. */
    static String fileName(Cohort cohort) {
        return fileName("plan", cohort);
    }

    /** A workbook of the cohort: "catalogus-lichting-2026.xlsx" for the kind "catalogus". */
    static String fileName(String kind, Cohort cohort) {
        String plain = Normalizer.normalize(cohort.getName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return kind + "-" + (plain.isEmpty() ? "lichting-" + cohort.getId() : plain) + ".xlsx";
    }

    private static Map<Long, List<Placement>> groupBy(List<Placement> sorted, Function<Placement, Long> by) {
        Map<Long, List<Placement>> groups = new LinkedHashMap<>();
        for (Placement p : sorted) {
            groups.computeIfAbsent(by.apply(p), k -> new ArrayList<>()).add(p);
        }
        return groups;
    }

    /** The cell styles of one workbook. */
    static final class Styles {

        final CellStyle header;
        final CellStyle date;
        final CellStyle quoted;

        Styles(XSSFWorkbook workbook, String dateFormat) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(dateFormat));
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
