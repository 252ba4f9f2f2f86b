package nl.traineeplanner.app.preference.web;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.traineeplanner.app.preference.HostRankings;

/**
 * A host's ranking page as one form: the candidates in the order shown and the version they were read at. A button
 * says what to do: {@code save}, or {@code up:N}, {@code down:N} for line N (from 0).
 */
public class RankingForm {

    @Size(max = 100, message = "{bounds.text}")
    private String version;

    @Size(max = 5000, message = "{bounds.list}")
    private List<@Positive(message = "{bounds.reference}") Long> trainees = new ArrayList<>();

    static RankingForm of(HostRankings.CandidateList list) {
        RankingForm form = new RankingForm();
        form.showStored(list);
        return form;
    }

    /** Shows the candidates as they are stored, in place of what was posted (the form keeps its errors). */
    void showStored(HostRankings.CandidateList list) {
        version = list.version();
        trainees = new ArrayList<>(
                list.candidates().stream().map(c -> c.trainee().getId()).toList());
    }

    /** Applies a move to the order of the form; returns the line the moved trainee is on now, or -1. */
    int apply(String action) {
        String[] parts = action == null ? new String[] {"save"} : action.split(":", 2);
        if (parts.length < 2) {
            return -1;
        }
        int line = Integer.parseInt(parts[1]);
        if ("up".equals(parts[0]) && line > 0 && line < trainees.size()) {
            Collections.swap(trainees, line, line - 1);
            return line - 1;
        }
        if ("down".equals(parts[0]) && line >= 0 && line < trainees.size() - 1) {
            Collections.swap(trainees, line, line + 1);
            return line + 1;
        }
        return -1;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public List<Long> getTrainees() {
        return trainees;
    }

    public void setTrainees(List<Long> trainees) {
        this.trainees = trainees;
    }
}
