package nl.traineeplanner.app.assignment;

import static nl.traineeplanner.app.Fixtures.content;
import static nl.traineeplanner.app.Fixtures.oldambt;
import static nl.traineeplanner.app.Fixtures.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import nl.traineeplanner.app.round.Round;
import org.junit.jupiter.api.Test;

class AssignmentTests {

    private final Round round1 = round(1);

    private Assignment draft() {
        return new Assignment(oldambt(), content("Toekomst voor Oldambt", round1));
    }

    @Test
    void startsAsDraft() {
        assertThat(draft().getStatus()).isEqualTo(AssignmentStatus.DRAFT);
    }

    @Test
    void isApprovedAfterSubmission() {
        Assignment assignment = draft();
        assignment.submit();
        assignment.approve();
        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.APPROVED);
    }

    @Test
    void cannotApproveTwice() {
        Assignment assignment = draft();
        assignment.submit();
        assignment.approve();
        assertThatIllegalStateException().isThrownBy(assignment::approve);
        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.APPROVED);
    }

    @Test
    void cannotApproveDraftThatWasNotSubmitted() {
        Assignment assignment = draft();
        assertThatIllegalStateException().isThrownBy(assignment::approve);
        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.DRAFT);
    }

    @Test
    void canBeResubmittedAfterChangesWereRequested() {
        Assignment assignment = draft();
        assignment.submit();
        assignment.requestChanges("Maak de taken concreter.");
        assignment.submit();
        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);
    }

    @Test
    void cannotBeSubmittedTwiceWithoutReview() {
        Assignment assignment = draft();
        assignment.submit();
        assertThatIllegalStateException().isThrownBy(assignment::submit);
    }

    @Test
    void cannotBeRejectedOnceApproved() {
        Assignment assignment = draft();
        assignment.submit();
        assignment.approve();
        assertThatIllegalStateException().isThrownBy(() -> assignment.reject("Toch niet."));
    }

    @Test
    void changesAndRejectionNeedAComment() {
        Assignment assignment = draft();
        assignment.submit();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> assignment.requestChanges("  "));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> assignment.reject(null));
        assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.SUBMITTED);

        assignment.requestChanges(" Maak de taken concreter. ");
        assertThat(assignment.getReviewComment()).isEqualTo("Maak de taken concreter.");
        assertThat(assignment.isEditableByHost()).isTrue();
    }

    @Test
    void aProposalCanBeWithdrawnUntilItIsApprovedAndThenStaysAsItIs() {
        Assignment submitted = draft();
        submitted.submit();
        submitted.withdraw();
        assertThat(submitted.getStatus()).isEqualTo(AssignmentStatus.WITHDRAWN);
        assertThatIllegalStateException().isThrownBy(() -> submitted.revise(content("Nieuwe titel", round1)));
        assertThatIllegalStateException().isThrownBy(submitted::submit);

        Assignment approved = draft();
        approved.submit();
        approved.approve();
        assertThat(approved.isWithdrawable()).isFalse();
        assertThatIllegalStateException().isThrownBy(approved::withdraw);
    }

    @Test
    void rejectedAssignmentCannotBeRevisedOrResubmitted() {
        Assignment assignment = draft();
        assignment.submit();
        assignment.reject("Past niet in het programma.");
        assertThatIllegalStateException().isThrownBy(() -> assignment.revise(content("Nieuwe titel", round1)));
        assertThatIllegalStateException().isThrownBy(assignment::submit);
        assertThat(assignment.getTitle()).isEqualTo("Toekomst voor Oldambt");
    }

    @Test
    void revisionReplacesContentAndRounds() {
        Assignment assignment = draft();
        Round round2 = round(2);
        assignment.revise(content("Nieuwe titel", 2, round2));
        assertThat(assignment.getTitle()).isEqualTo("Nieuwe titel");
        assertThat(assignment.getCapacity()).isEqualTo(2);
        assertThat(assignment.isOfferedIn(round2)).isTrue();
        assertThat(assignment.isOfferedIn(round1)).isFalse();
    }

    @Test
    void refusesCapacityBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> content("Te klein", 0, round1));
    }

    @Test
    void refusesAssignmentWithoutRounds() {
        assertThatIllegalArgumentException().isThrownBy(() -> content("Geen ronde"));
    }
}
