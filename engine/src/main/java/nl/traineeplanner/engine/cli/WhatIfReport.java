package nl.traineeplanner.engine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import nl.traineeplanner.engine.Placement;
import nl.traineeplanner.engine.explain.Text;
import nl.traineeplanner.engine.whatif.Move;
import nl.traineeplanner.engine.whatif.WhatIfResult;

/** Prints the answer of {@code whatif} in Dutch and English. */
final class WhatIfReport {

    private static final String UNPLACED = "niet geplaatst / unplaced";

    private WhatIfReport() {}

    static void printRefused(PrintWriter out, Placement forced, List<Text> refusals) {
        out.println(question(forced));
        out.println("Niet toegestaan / not allowed:");
        for (Text reason : refusals) {
            out.println("  " + reason.nl());
            out.println("      " + reason.en());
        }
    }

    static void print(PrintWriter out, WhatIfResult result) {
        out.println(question(result.forced()) + " (nu / now: " + orUnplaced(result.previous()) + ")");
        out.printf(
                "Basisplan / base plan:               %8d strafpunten / points%s%n",
                result.baseCost().total(), proven(result.baseOptimal()));
        out.printf(
                "Met deze plaatsing / with it:        %8d strafpunten / points%s%n",
                result.forcedCost().total(), proven(result.forcedOptimal()));
        out.printf("Verschil / difference:               %+8d strafpunten / points%n", result.delta());
        for (Map.Entry<String, Long> term : result.deltaPerTerm().entrySet()) {
            if (term.getValue() != 0) {
                out.printf("  %-34s %+8d%n", term.getKey(), term.getValue());
            }
        }
        if (!result.baseOptimal() || !result.forcedOptimal()) {
            out.println("Let op / note: niet elk plan is bewezen optimaal, het verschil is een schatting"
                    + " / not every plan is proven optimal, the difference is an estimate");
        }
        if (result.moves().isEmpty()) {
            out.println("Niemand anders verschuift / nobody else moves");
            return;
        }
        out.println("Verschuivingen / moves (" + result.moves().size() + "):");
        int width = result.moves().stream()
                .mapToInt(m -> m.trainee().length())
                .max()
                .orElse(0);
        for (Move move : result.moves()) {
            out.printf(
                    "  %-" + width + "s  ronde / round %s: %s -> %s%n",
                    move.trainee(),
                    move.round(),
                    orUnplaced(move.from()),
                    orUnplaced(move.to()));
        }
    }

    private static String question(Placement forced) {
        return "Wat als / what if: " + forced.trainee() + " bij / at " + forced.assignment() + " in ronde / round "
                + forced.round();
    }

    private static String proven(boolean optimal) {
        return optimal ? " (bewezen optimaal / proven optimal)" : " (niet bewezen optimaal / not proven optimal)";
    }

    private static String orUnplaced(String assignment) {
        return assignment == null ? UNPLACED : assignment;
    }
}
