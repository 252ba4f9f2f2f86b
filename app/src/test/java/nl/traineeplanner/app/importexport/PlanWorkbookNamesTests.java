package nl.traineeplanner.app.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.traineeplanner.app.audit.SpreadsheetText;
import nl.traineeplanner.app.round.Cohort;
import org.junit.jupiter.api.Test;

/** The names in a plan workbook: sheet names Excel accepts, each once, and a plain file name. */
class PlanWorkbookNamesTests {

    @Test
    void sheetNamesAreValidShortAndUnique() {
        Set<String> taken = new HashSet<>();
        List<String> names = List.of(
                PlanWorkbooks.sheetName("Ronde 1", taken),
                PlanWorkbooks.sheetName("Samenwerkingsverband Noord-Nederland voor Water", taken),
                PlanWorkbooks.sheetName("Samenwerkingsverband Noord-Nederland voor Wegen", taken),
                PlanWorkbooks.sheetName("Afdeling [Beleid]: A/B*C?D\\E", taken),
                PlanWorkbooks.sheetName("ronde 1", taken),
                PlanWorkbooks.sheetName("  ", taken));

        assertThat(names.get(0)).isEqualTo("Ronde 1");
        assertThat(names.get(1)).isEqualTo("Samenwerkingsverband Noord-Nede");
        assertThat(names.get(2)).isEqualTo("Samenwerkingsverband Noord- (2)");
        assertThat(names.get(3)).isEqualTo("Afdeling -Beleid-- A-B-C-D-E");
        assertThat(names.get(4)).as("Excel does not tell case apart").isEqualTo("ronde 1 (2)");
        assertThat(names).allMatch(n -> !n.isBlank() && n.length() <= 31 && !n.matches(".*[\\[\\]:*?/\\\\].*"));
        assertThat(names.stream().map(String::toLowerCase)).doesNotHaveDuplicates();
    }

    @Test
    void theFileIsNamedAfterTheCohortInPlainLetters() {
        assertThat(PlanWorkbooks.fileName(new Cohort("Lichting 2026"))).isEqualTo("plan-lichting-2026.xlsx");
        assertThat(PlanWorkbooks.fileName(new Cohort("Léa's lichting / \"najaar\"")))
                .isEqualTo("plan-lea-s-lichting-najaar.xlsx");
    }

    @Test
    void textsThatASpreadsheetWouldRunAreRecognised() {
        assertThat(List.of("=1+2", "+31 50 123", "-2", "@SUM(A1)", "\tx", "\rx"))
                .allMatch(SpreadsheetText::looksLikeAFormula);
        assertThat(List.of("Gemeente Groningen", "a=b", "", "1+2")).noneMatch(SpreadsheetText::looksLikeAFormula);
    }
}
