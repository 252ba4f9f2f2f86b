package nl.traineeplanner.engine.explain;

/**
 * How a sentence names what it is about. The engine's own output uses the ids ({@link #IDS}); the web application
 * passes names and titles, so that it never has to take an engine sentence apart.
 */
public interface Names {

    String trainee(String id);

    String assignment(String id);

    String organisation(String id);

    String round(String id);

    /** Every id as itself. */
    Names IDS = new Names() {
        @Override
        public String trainee(String id) {
            return id;
        }

        @Override
        public String assignment(String id) {
            return id;
        }

        @Override
        public String organisation(String id) {
            return id;
        }

        @Override
        public String round(String id) {
            return id;
        }
    };
}
