package nl.traineeplanner.app.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.traineeplanner.engine.Weights;

/**
 * The weights as a coordinator sets them: six sliders from 0 to 5, where 3 is the spec's default. Each step is a
 * multiplier of the spec's weights behind the slider (0 → 0, 1 → ¼, 2 → ½, 3 → 1, 4 → 2, 5 → 4); the weight of an
 * unplaced trainee never changes. Engine weights are whole numbers, so when a quarter or a half would not be whole
 * (travel is 1 point per km), every weight — unplaced included — is multiplied by 2 or 4 instead: the proportions stay
 * exact, and the standard settings give exactly the spec's defaults.
 */
@Embeddable
public record WeightSettings(
        @Column(name = "weight_trainee_preferences") int traineePreferences,
        @Column(name = "weight_host_preferences") int hostPreferences,
        @Column(name = "weight_travel") int travel,
        @Column(name = "weight_variety") int variety,
        @Column(name = "weight_programmes") int programmes,
        @Column(name = "weight_fairness") int fairness) {

    public static final int MIN = 0;
    public static final int MAX = 5;
    public static final int STANDARD = 3;

    /** Multiplier of each slider position, in quarters. */
    private static final int[] QUARTERS = {0, 1, 2, 4, 8, 16};

    public WeightSettings {
        for (int value : new int[] {traineePreferences, hostPreferences, travel, variety, programmes, fairness}) {
            if (value < MIN || value > MAX) {
                throw new IllegalArgumentException("a weight slider goes from 0 to 5, not " + value);
            }
        }
    }

    public static WeightSettings standard() {
        return WeightPreset.STANDARD.settings();
    }

    /** The engine's weights for these settings. */
    public Weights toWeights() {
        Weights d = Weights.DEFAULTS;
        long[][] scaled = {
            {d.preference(), QUARTERS[traineePreferences]},
            {d.unranked(), QUARTERS[traineePreferences]},
            {d.host(), QUARTERS[hostPreferences]},
            {d.hostUnranked(), QUARTERS[hostPreferences]},
            {d.travelPerKm(), QUARTERS[travel]},
            {d.domainRepeat(), QUARTERS[variety]},
            {d.programmeMissing(), QUARTERS[programmes]},
            {d.fairness(), QUARTERS[fairness]}
        };
        long factor = scaleFactor(scaled);
        long[] w = new long[scaled.length];
        for (int i = 0; i < scaled.length; i++) {
            w[i] = scaled[i][0] * scaled[i][1] * factor / 4;
        }
        return new Weights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], d.unplaced() * factor, w[7]);
    }

    /** 1, 2 or 4: the smallest factor that keeps every scaled weight whole. */
    public long scaleFactor() {
        return toWeights().unplaced() / Weights.DEFAULTS.unplaced();
    }

    private static long scaleFactor(long[][] scaled) {
        for (long factor : new long[] {1, 2}) {
            boolean whole = true;
            for (long[] s : scaled) {
                whole &= s[0] * s[1] * factor % 4 == 0;
            }
            if (whole) {
                return factor;
            }
        }
        return 4;
    }
}
