package nl.traineeplanner.app.planning;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The runs that are being computed now, in memory: at most one per round, each with its latest progress and whether
 * the coordinator asked it to stop. Lost on restart, which is why a restart marks running runs as failed.
 */
@Component
class LiveRuns {

    private final Map<Long, Long> runOfRound = new ConcurrentHashMap<>();
    private final Map<Long, Live> live = new ConcurrentHashMap<>();

    /** Claims the round for a new run; false when another run of the round is still going. */
    boolean claim(long roundId) {
        return runOfRound.putIfAbsent(roundId, -1L) == null;
    }

    void started(long roundId, long runId) {
        runOfRound.put(roundId, runId);
        live.put(runId, new Live());
    }

    void release(long roundId, Long runId) {
        runOfRound.remove(roundId);
        if (runId != null) {
            live.remove(runId);
        }
    }

    Optional<Long> activeRun(long roundId) {
        return Optional.ofNullable(runOfRound.get(roundId)).filter(id -> id >= 0);
    }

    Optional<RunProgress> progress(long runId) {
        return Optional.ofNullable(live.get(runId)).map(Live::progress);
    }

    boolean isStopRequested(long runId) {
        Live run = live.get(runId);
        return run != null && run.stopRequested;
    }

    /** Asks the run to stop; false when it is not running here. */
    boolean requestStop(long runId) {
        Live run = live.get(runId);
        if (run == null) {
            return false;
        }
        run.stopRequested = true;
        return true;
    }

    void improved(long runId, long best, long bound, long elapsedMillis) {
        Live run = live.get(runId);
        if (run != null) {
            run.update(best, bound, elapsedMillis);
        }
    }

    private static final class Live {
        private final long started = System.currentTimeMillis();
        private long best = -1;
        private long bound;
        private volatile boolean stopRequested;

        synchronized void update(long best, long bound, long elapsedMillis) {
            this.best = best;
            this.bound = bound;
        }

        synchronized RunProgress progress() {
            return RunProgress.of(best, bound, System.currentTimeMillis() - started, stopRequested);
        }
    }
}
