package nl.traineeplanner.app.planning.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.traineeplanner.app.planning.Planner;
import nl.traineeplanner.app.planning.WeightSettings;

/** The start-a-run form: six sliders, a time limit and an optional name for the scenario. */
public class WeightForm {

    @NotNull
    @Min(0)
    @Max(5)
    private Integer traineePreferences = 3;

    @NotNull
    @Min(0)
    @Max(5)
    private Integer hostPreferences = 3;

    @NotNull
    @Min(0)
    @Max(5)
    private Integer travel = 3;

    @NotNull
    @Min(0)
    @Max(5)
    private Integer variety = 3;

    @NotNull
    @Min(0)
    @Max(5)
    private Integer programmes = 3;

    @NotNull
    @Min(0)
    @Max(5)
    private Integer fairness = 3;

    @NotNull
    @Min(1)
    @Max(Planner.MAX_TIME_LIMIT_SECONDS)
    private Integer timeLimitSeconds = Planner.DEFAULT_TIME_LIMIT_SECONDS;

    @Size(max = 100)
    private String name;

    /** Plan the round together with the cohort's later rounds whose assignments are known. */
    private boolean planAhead;

    public static WeightForm of(WeightSettings s) {
        WeightForm f = new WeightForm();
        f.traineePreferences = s.traineePreferences();
        f.hostPreferences = s.hostPreferences();
        f.travel = s.travel();
        f.variety = s.variety();
        f.programmes = s.programmes();
        f.fairness = s.fairness();
        return f;
    }

    public WeightSettings settings() {
        return new WeightSettings(traineePreferences, hostPreferences, travel, variety, programmes, fairness);
    }

    public Integer getTraineePreferences() {
        return traineePreferences;
    }

    public void setTraineePreferences(Integer traineePreferences) {
        this.traineePreferences = traineePreferences;
    }

    public Integer getHostPreferences() {
        return hostPreferences;
    }

    public void setHostPreferences(Integer hostPreferences) {
        this.hostPreferences = hostPreferences;
    }

    public Integer getTravel() {
        return travel;
    }

    public void setTravel(Integer travel) {
        this.travel = travel;
    }

    public Integer getVariety() {
        return variety;
    }

    public void setVariety(Integer variety) {
        this.variety = variety;
    }

    public Integer getProgrammes() {
        return programmes;
    }

    public void setProgrammes(Integer programmes) {
        this.programmes = programmes;
    }

    public Integer getFairness() {
        return fairness;
    }

    public void setFairness(Integer fairness) {
        this.fairness = fairness;
    }

    public Integer getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public void setTimeLimitSeconds(Integer timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isPlanAhead() {
        return planAhead;
    }

    public void setPlanAhead(boolean planAhead) {
        this.planAhead = planAhead;
    }
}
