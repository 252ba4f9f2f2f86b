package nl.traineeplanner.app.message;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One trainee at one assignment, as it was when the message was written. */
@Embeddable
public class MessageLine {

    @Column(nullable = false)
    private String traineeName;

    @Column(nullable = false)
    private String assignmentTitle;

    protected MessageLine() {}

    public MessageLine(String traineeName, String assignmentTitle) {
        this.traineeName = Objects.requireNonNull(traineeName, "traineeName");
        this.assignmentTitle = Objects.requireNonNull(assignmentTitle, "assignmentTitle");
    }

    public String getTraineeName() {
        return traineeName;
    }

    public String getAssignmentTitle() {
        return assignmentTitle;
    }
}
