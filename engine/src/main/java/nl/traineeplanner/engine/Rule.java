package nl.traineeplanner.engine;

/** The hard rules of the spec, with the words a coordinator reads. */
public enum Rule {
    H1(
            "een trainee heeft hoogstens één plaatsing per ronde, en alleen in de eigen rondes",
            "a trainee has at most one placement per round, and only in its own rounds"),
    H2(
            "een opdracht wordt alleen gedaan in een ronde waarin ze wordt aangeboden",
            "an assignment is only done in a round in which it is offered"),
    H3(
            "een opdracht neemt per ronde hoogstens zoveel trainees als haar capaciteit",
            "in each round, an assignment takes at most its capacity"),
    H4(
            "alle organisaties van een trainee zijn verschillend, ook met eerdere plaatsingen",
            "all organisations of one trainee, history included, are different"),
    H5("geen plaatsing bij een uitgesloten organisatie", "no placement at an excluded organisation"),
    H6("de reisafstand blijft binnen de grens van de trainee", "the travel distance stays within the trainee's limit"),
    H7("elke vastgezette plaatsing staat in het plan", "every pin is part of the plan");

    private final String dutch;
    private final String english;

    Rule(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }
}
