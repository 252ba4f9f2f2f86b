package nl.traineeplanner.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import nl.traineeplanner.engine.Weights;
import org.junit.jupiter.api.Test;

class WeightSettingsTests {

    @Test
    void standardSettingsAreTheSpecDefaults() {
        assertThat(WeightSettings.standard().toWeights()).isEqualTo(Weights.DEFAULTS);
        assertThat(WeightSettings.standard().scaleFactor()).isEqualTo(1);
    }

    @Test
    void traineePreferencesScalePreferenceAndUnranked() {
        Weights w = new WeightSettings(5, 3, 3, 3, 3, 3).toWeights();
        assertThat(w.preference()).isEqualTo(40);
        assertThat(w.unranked()).isEqualTo(1200);
        assertThat(w.host()).isEqualTo(5);
        assertThat(w.unplaced()).isEqualTo(100_000);
    }

    @Test
    void zeroSwitchesATermOff() {
        Weights w = new WeightSettings(0, 0, 0, 0, 0, 0).toWeights();
        assertThat(w).isEqualTo(new Weights(0, 0, 0, 0, 0, 0, 0, 100_000, 0));
    }

    @Test
    void eachStepIsAMultiplierOfTheDefault() {
        long[] expected = {0, 20, 40, 80, 160, 320};
        for (int step = 0; step <= 5; step++) {
            assertThat(new WeightSettings(3, 3, 3, step, 3, 3).toWeights().domainRepeat())
                    .as("variety at %d", step)
                    .isEqualTo(expected[step]);
        }
    }

    @Test
    void aQuarterOfTravelScalesEveryOtherWeightUpInsteadOfRoundingTravelAway() {
        Weights w = new WeightSettings(3, 3, 1, 3, 3, 3).toWeights();
        assertThat(w.travelPerKm()).isEqualTo(1);
        assertThat(w.preference()).isEqualTo(40);
        assertThat(w.unplaced()).isEqualTo(400_000);
        assertThat(new WeightSettings(3, 3, 1, 3, 3, 3).scaleFactor()).isEqualTo(4);
    }

    @Test
    void halfOfFairnessNeedsNoScaling() {
        Weights w = new WeightSettings(3, 3, 3, 3, 3, 2).toWeights();
        assertThat(w.fairness()).isEqualTo(1);
        assertThat(w.unplaced()).isEqualTo(100_000);
    }

    @Test
    void presetsLeanTheWayTheirNameSays() {
        Weights first = WeightPreset.FIRST_CHOICES.settings().toWeights();
        Weights fair = WeightPreset.FAIREST.settings().toWeights();
        assertThat(first.preference() * 1.0 / first.unplaced())
                .isGreaterThan(Weights.DEFAULTS.preference() * 1.0 / Weights.DEFAULTS.unplaced());
        assertThat(fair.fairness() * 1.0 / fair.unplaced())
                .isGreaterThan(Weights.DEFAULTS.fairness() * 1.0 / Weights.DEFAULTS.unplaced());
    }

    @Test
    void refusesASliderOutsideZeroToFive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WeightSettings(6, 3, 3, 3, 3, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new WeightSettings(3, 3, 3, 3, 3, -1));
    }
}
