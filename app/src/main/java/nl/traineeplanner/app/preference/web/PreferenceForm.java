package nl.traineeplanner.app.preference.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.traineeplanner.app.preference.Choice;
import nl.traineeplanner.app.preference.PreferenceLists;
import nl.traineeplanner.app.trainee.TraineePreference;

/**
 * The trainee's list page as one form: the lines as they stand (each with its motivation, so that text being typed is
 * never lost by a move), the version they were read at, and the assignment being added. A button says what to do:
 * {@code save}, {@code add}, or {@code up:N}, {@code down:N}, {@code remove:N} for line N (from 0).
 */
public class PreferenceForm {

    @Size(max = 100, message = "{bounds.text}")
    private String version;

    @Size(max = 100, message = "{bounds.list}")
    @Valid
    private List<Line> choices = new ArrayList<>();

    @Positive(message = "{bounds.reference}")
    private Long addAssignment;

    // the list's own rule (PreferenceLists.MOTIVATION_MAX) says more kindly when a motivation is too long
    @Size(max = 4000, message = "{bounds.text}")
    private String addMotivation;

    static PreferenceForm of(PreferenceLists.RankedList list) {
        PreferenceForm form = new PreferenceForm();
        form.version = list.version();
        for (TraineePreference p : list.choices()) {
            form.choices.add(new Line(p.getAssignment().getId(), p.getMotivation()));
        }
        return form;
    }

    /** The list the action asks for; the lines of the form itself are changed the same way, so errors fit them. */
    List<Choice> apply(String action) {
        String[] parts = action == null ? new String[] {"save"} : action.split(":", 2);
        int line = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
        switch (parts[0]) {
            case "up" -> {
                if (line > 0 && line < choices.size()) {
                    Collections.swap(choices, line, line - 1);
                }
            }
            case "down" -> {
                if (line >= 0 && line < choices.size() - 1) {
                    Collections.swap(choices, line, line + 1);
                }
            }
            case "remove" -> {
                if (line >= 0 && line < choices.size()) {
                    choices.remove(line);
                }
            }
            case "save", "add" -> {}
            default -> throw new IllegalArgumentException("unknown action " + action);
        }
        List<Choice> wanted = new ArrayList<>(choices.stream()
                .map(l -> new Choice(l.getAssignment(), l.getMotivation()))
                .toList());
        if ("add".equals(parts[0])) {
            wanted.add(new Choice(addAssignment, addMotivation));
        }
        return wanted;
    }

    /** The line (from 0) the action moved, removed or added, to put the focus near it afterwards; -1 for none. */
    static int movedTo(String action, int lines) {
        String[] parts = action == null ? new String[] {"save"} : action.split(":", 2);
        return switch (parts[0]) {
            case "up" -> Math.max(0, Integer.parseInt(parts[1]) - 1);
            case "down" -> Math.min(lines - 1, Integer.parseInt(parts[1]) + 1);
            case "add" -> lines - 1;
            default -> -1;
        };
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public List<Line> getChoices() {
        return choices;
    }

    public void setChoices(List<Line> choices) {
        this.choices = choices;
    }

    public Long getAddAssignment() {
        return addAssignment;
    }

    public void setAddAssignment(Long addAssignment) {
        this.addAssignment = addAssignment;
    }

    public String getAddMotivation() {
        return addMotivation;
    }

    public void setAddMotivation(String addMotivation) {
        this.addMotivation = addMotivation;
    }

    /** One line: the assignment and the motivation for it. */
    public static class Line {

        @Positive(message = "{bounds.reference}")
        private Long assignment;

        @Size(max = 4000, message = "{bounds.text}")
        private String motivation;

        public Line() {}

        Line(Long assignment, String motivation) {
            this.assignment = assignment;
            this.motivation = motivation;
        }

        public Long getAssignment() {
            return assignment;
        }

        public void setAssignment(Long assignment) {
            this.assignment = assignment;
        }

        public String getMotivation() {
            return motivation;
        }

        public void setMotivation(String motivation) {
            this.motivation = motivation;
        }
    }
}
