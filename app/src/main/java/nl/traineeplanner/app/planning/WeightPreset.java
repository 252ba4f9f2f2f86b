package nl.traineeplanner.app.planning;

/** Ready-made slider settings for the usual wishes of a coordinator. */
public enum WeightPreset {
    /** The spec's default weights. */
    STANDARD(new WeightSettings(3, 3, 3, 3, 3, 3)),
    /** Trainees' own choices above all; fairness and travel count less. */
    FIRST_CHOICES(new WeightSettings(5, 2, 2, 3, 3, 1)),
    /** The worst-off trainee counts most. */
    FAIREST(new WeightSettings(3, 2, 3, 3, 3, 5));

    private final WeightSettings settings;

    WeightPreset(WeightSettings settings) {
        this.settings = settings;
    }

    public WeightSettings settings() {
        return settings;
    }
}
