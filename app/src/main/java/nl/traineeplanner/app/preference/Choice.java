package nl.traineeplanner.app.preference;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** One line of a ranked list as it is handed in: the assignment, and the trainee's motivation for it. */
public record Choice(
        @Positive(message = "{bounds.reference}") Long assignment,
        // the list's own rule (PreferenceLists.MOTIVATION_MAX) says more kindly when a motivation is too long
        @Size(max = 4000, message = "{bounds.text}") String motivation) {}
