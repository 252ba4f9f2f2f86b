package nl.traineeplanner.app.importexport;

import java.util.List;

/** An import file that is refused as a whole: nothing of it is stored. Carries every problem found. */
public class ImportRefusal extends RuntimeException {

    private final List<ImportProblem> problems;

    ImportRefusal(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the import file");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
