package nl.traineeplanner.app.planning;

/**
 * How far a running run is, as the engine last told: its best objective so far (null before the first plan), the
 * proven lower bound, the gap between them and the time spent.
 */
public record RunProgress(Long best, Long bound, Long gap, long elapsedMillis, boolean stopRequested) {

    static RunProgress of(long best, long bound, long elapsedMillis, boolean stopRequested) {
        Long shownBest = best < 0 ? null : best;
        Long gap = shownBest == null ? null : Math.max(0, best - bound);
        return new RunProgress(shownBest, bound, gap, elapsedMillis, stopRequested);
    }
}
