package nl.traineeplanner.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import nl.traineeplanner.engine.Instance;
import nl.traineeplanner.engine.InstanceBuilder;
import nl.traineeplanner.engine.Weights;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class InstanceReaderTests {

    private static final String VALID = """
            {
              "format": "traineeplanner/instance@1",
              "rounds": [ {"id": "R1", "start": "2027-01-01", "end": "2027-08-31"}, {"id": "R2"} ],
              "organisations": [
                {"id": "o1", "name": "Een", "location": {"lat": 53.2, "lon": 6.5}},
                {"id": "o2", "location": {"lat": 53.3, "lon": 6.9}},
                {"id": "o3"}
              ],
              "assignments": [
                {"id": "A1", "organisation": "o1", "programme": "npg", "domain": "jeugd", "rounds": ["R1", "R2"]},
                {"id": "A2", "organisation": "o2", "programme": "tvg", "domain": "water", "rounds": ["R1"],
                 "capacity": 2, "location": {"lat": 53.0, "lon": 7.0}, "unfilledPenalty": 5},
                {"id": "A3", "organisation": "o3", "programme": "tvg", "domain": "water", "rounds": ["R2"]}
              ],
              "trainees": [
                {"id": "T1", "home": {"lat": 53.2, "lon": 6.6}, "preferences": ["A2", "A1"], "maxTravelKm": 80,
                 "excludedOrganisations": ["o3"],
                 "history": [{"round": "2026-1", "organisation": "elsewhere", "programme": "npg", "domain": "x"}]},
                {"id": "T2", "rounds": ["R2"], "surplus": "ignored"}
              ],
              "hostPreferences": [ {"assignment": "A1", "trainees": ["T2", "T1"]} ],
              "pinned": [ {"trainee": "T2", "round": "R2", "assignment": "A1"} ],
              "weights": {"preference": 7}
            }
            """;

    private static final JsonMapper MAPPER = JsonMapper.shared();

    private static List<String> problemsWith(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(VALID);
        change.accept(root);
        try {
            InstanceReader.read(MAPPER.writeValueAsString(root), "test.json");
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("the instance was accepted");
    }

    private static ObjectNode element(ObjectNode root, String list, int i) {
        return (ObjectNode) root.get(list).get(i);
    }

    @Test
    void readsAValidInstanceWithItsDefaults() {
        Instance instance = InstanceReader.read(VALID, "test.json");
        assertThat(instance.rounds()).hasSize(2);
        assertThat(instance.assignments().get(0).capacity()).isEqualTo(1);
        assertThat(instance.assignments().get(0).unfilledPenalty()).isZero();
        assertThat(instance.assignments().get(0).location()).isNull();
        assertThat(instance.assignments().get(1).capacity()).isEqualTo(2);
        assertThat(instance.trainees().get(0).rounds()).isEmpty(); // all rounds
        assertThat(instance.trainees().get(1).preferences()).isEmpty();
        assertThat(instance.trainees().get(1).history()).isEmpty();
        assertThat(instance.trainees().get(1).maxTravelKm()).isNull();
        assertThat(instance.weights().preference()).isEqualTo(7);
        assertThat(instance.weights().unranked()).isEqualTo(Weights.DEFAULTS.unranked());
    }

    @Test
    void readsTheExamples() {
        Instance small = InstanceReader.read(InstanceBuilder.example("small-12.json"));
        Instance medium = InstanceReader.read(InstanceBuilder.example("medium-60.json"));
        assertThat(small.trainees()).hasSize(12);
        assertThat(medium.trainees()).hasSize(60);
        assertThat(medium.pinned()).isNotEmpty();
    }

    @Test
    void rejectsAnotherFormat() {
        assertThat(problemsWith(root -> root.put("format", "traineeplanner/instance@2")))
                .containsExactly("test.json: instance, field \"format\": must be \"traineeplanner/instance@1\","
                        + " is \"traineeplanner/instance@2\"");
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> InstanceReader.read("{\"rounds\": [", "broken.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("broken.json: not valid JSON");
    }

    @Test
    void rejectsAMissingRequiredField() {
        assertThat(problemsWith(root -> element(root, "assignments", 1).remove("domain")))
                .containsExactly("test.json: assignments[1] (id \"A2\"), field \"domain\": is missing");
    }

    @Test
    void rejectsAWrongType() {
        assertThat(problemsWith(root -> element(root, "assignments", 0).put("capacity", "two")))
                .containsExactly("test.json: assignments[0] (id \"A1\"), field \"capacity\": must be a whole number,"
                        + " is \"two\"");
    }

    @Test
    void rejectsAnItemThatIsNotAnObject() {
        assertThat(problemsWith(root -> ((ArrayNode) root.get("organisations")).add("o4")))
                .containsExactly("test.json: organisations[3]: must be an object, is \"o4\"");
    }

    @Test
    void rejectsADateThatIsNoDate() {
        assertThat(problemsWith(root -> element(root, "rounds", 0).put("start", "1 januari")))
                .containsExactly("test.json: rounds[0] (id \"R1\"), field \"start\": must be a date like 2027-01-31,"
                        + " is \"1 januari\"");
    }

    @Test
    void rejectsAMissingHistoryOrganisationNamingTheEntry() {
        assertThat(problemsWith(root -> ((ObjectNode)
                                element(root, "trainees", 0).get("history").get(0))
                        .remove("organisation")))
                .containsExactly("test.json: trainees[0] (id \"T1\").history[0], field \"organisation\": is missing");
    }

    @Test
    void rejectsAnEmptyId() {
        assertThat(problemsWith(root -> element(root, "organisations", 2).put("id", "")))
                .contains("test.json: organisations[2], field \"id\": must not be empty");
    }

    @Test
    void rejectsARepeatedId() {
        assertThat(problemsWith(root -> element(root, "trainees", 1).put("id", "T1")))
                .contains("test.json: trainees[1] (id \"T1\"), field \"id\": \"T1\" is used before, by trainees[0]"
                        + " (id \"T1\")");
    }

    @Test
    void rejectsUnknownReferences() {
        List<String> problems = problemsWith(root -> {
            element(root, "assignments", 0).put("organisation", "nowhere");
            ((ArrayNode) element(root, "assignments", 1).get("rounds")).add("R9");
            ((ArrayNode) element(root, "trainees", 1).get("rounds")).set(0, "R7");
            ((ArrayNode) element(root, "trainees", 0).get("preferences")).add("A99");
            ((ArrayNode) element(root, "trainees", 0).get("excludedOrganisations")).add("o9");
            element(root, "hostPreferences", 0).put("assignment", "A77");
            ((ArrayNode) element(root, "hostPreferences", 0).get("trainees")).add("T55");
            element(root, "pinned", 0).put("trainee", "T66");
        });
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "test.json: assignments[0] (id \"A1\"), field \"organisation\": unknown organisation \"nowhere\"",
                        "test.json: assignments[1] (id \"A2\"), field \"rounds[1]\": unknown round \"R9\"",
                        "test.json: trainees[1] (id \"T2\"), field \"rounds[0]\": unknown round \"R7\"",
                        "test.json: trainees[0] (id \"T1\"), field \"preferences[2]\": unknown assignment \"A99\"",
                        "test.json: trainees[0] (id \"T1\"), field \"excludedOrganisations[1]\": unknown organisation"
                                + " \"o9\"",
                        "test.json: hostPreferences[0], field \"assignment\": unknown assignment \"A77\"",
                        "test.json: hostPreferences[0], field \"trainees[2]\": unknown trainee \"T55\"",
                        "test.json: pinned[0], field \"trainee\": unknown trainee \"T66\"");
    }

    @Test
    void allowsAHistoryOrganisationOutsideTheInstance() {
        assertThat(InstanceReader.read(VALID, "test.json")
                        .trainees()
                        .get(0)
                        .history()
                        .get(0)
                        .organisation())
                .isEqualTo("elsewhere");
    }

    @Test
    void rejectsImpossibleValues() {
        List<String> problems = problemsWith(root -> {
            element(root, "assignments", 0).put("capacity", 0);
            element(root, "assignments", 1).put("unfilledPenalty", -1);
            ((ObjectNode) element(root, "organisations", 0).get("location")).put("lat", 91);
            ((ObjectNode) element(root, "organisations", 1).get("location")).put("lon", -180.5);
            element(root, "trainees", 0).put("maxTravelKm", -3);
            ((ObjectNode) root.get("weights")).put("fairness", -2);
        });
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "test.json: assignments[0] (id \"A1\"), field \"capacity\": must be at least 1, is 0",
                        "test.json: assignments[1] (id \"A2\"), field \"unfilledPenalty\": must be at least 0, is -1",
                        "test.json: organisations[0] (id \"o1\"), field \"location.lat\": must be within ±90, is 91",
                        "test.json: organisations[1] (id \"o2\"), field \"location.lon\": must be within ±180, is"
                                + " -180.5",
                        "test.json: trainees[0] (id \"T1\"), field \"maxTravelKm\": must be at least 0, is -3",
                        "test.json: weights, field \"fairness\": must be at least 0, is -2");
    }

    @Test
    void rejectsACapacityBeyondWholeNumbersOfTheEngine() {
        assertThat(problemsWith(root -> element(root, "assignments", 0).put("capacity", 3_000_000_000L)))
                .containsExactly("test.json: assignments[0] (id \"A1\"), field \"capacity\": must be at most"
                        + " 2147483647, is 3000000000");
    }

    @Test
    void rejectsARepeatedEntryInAPreferenceList() {
        assertThat(problemsWith(
                        root -> ((ArrayNode) element(root, "trainees", 0).get("preferences")).add("A2")))
                .containsExactly(
                        "test.json: trainees[0] (id \"T1\"), field \"preferences[2]\": \"A2\" is listed twice");
        assertThat(problemsWith(
                        root -> ((ArrayNode) element(root, "hostPreferences", 0).get("trainees")).add("T2")))
                .containsExactly("test.json: hostPreferences[0], field \"trainees[2]\": \"T2\" is listed twice");
    }

    @Test
    void rejectsAnEmptyRoundsList() {
        assertThat(problemsWith(root -> element(root, "trainees", 1).putArray("rounds")))
                .containsExactly("test.json: trainees[1] (id \"T2\"), field \"rounds\": must hold at least one round;"
                        + " leave the field out to mean all rounds");
        assertThat(problemsWith(root -> element(root, "assignments", 0).putArray("rounds")))
                .containsExactly(
                        "test.json: assignments[0] (id \"A1\"), field \"rounds\": must hold at least one" + " round");
    }

    @Test
    void collectsEveryProblemNotOnlyTheFirst() {
        List<String> problems = problemsWith(root -> {
            root.remove("format");
            element(root, "assignments", 0).put("capacity", 0);
            element(root, "trainees", 0).remove("id");
        });
        // Without an id, T1 is also unknown where the host ranks it.
        assertThat(problems)
                .containsExactly(
                        "test.json: instance, field \"format\": is missing",
                        "test.json: assignments[0] (id \"A1\"), field \"capacity\": must be at least 1, is 0",
                        "test.json: trainees[0], field \"id\": is missing",
                        "test.json: hostPreferences[0], field \"trainees[1]\": unknown trainee \"T1\"");
    }

    @Nested
    class Pins {

        private List<String> pinProblems(JsonNode... pins) {
            return problemsWith(root -> {
                ArrayNode pinned = root.putArray("pinned");
                for (JsonNode pin : pins) {
                    pinned.add(pin);
                }
            });
        }

        private JsonNode pin(String trainee, String round, String assignment) {
            return MAPPER.createObjectNode()
                    .put("trainee", trainee)
                    .put("round", round)
                    .put("assignment", assignment);
        }

        @Test
        void acceptsPinsThatKeepTheRules() {
            ObjectNode root = (ObjectNode) MAPPER.readTree(VALID);
            root.putArray("pinned").add(pin("T1", "R1", "A2")).add(pin("T1", "R2", "A1"));
            assertThat(InstanceReader.read(MAPPER.writeValueAsString(root), "test.json")
                            .pinned())
                    .hasSize(2);
        }

        @Test
        void rejectsTwoPinsForOneTraineeInOneRound() {
            assertThat(pinProblems(pin("T1", "R1", "A2"), pin("T1", "R1", "A1")))
                    .containsExactly("test.json: pinned[1] (trainee \"T1\", round \"R1\", assignment \"A1\"), field"
                            + " \"round\": the trainee already has a pin in this round, pinned[0] (H1)");
        }

        @Test
        void rejectsPinsBeyondCapacity() {
            assertThat(pinProblems(pin("T1", "R2", "A1"), pin("T2", "R2", "A1")))
                    .containsExactly("test.json: pinned[1] (trainee \"T2\", round \"R2\", assignment \"A1\"), field"
                            + " \"assignment\": \"A1\" takes 1 trainee(s) in round \"R2\", this is pin number 2"
                            + " there, after T1 (H3)");
        }

        @Test
        void rejectsTwoPinsAtOneOrganisationForOneTrainee() {
            ObjectNode root = (ObjectNode) MAPPER.readTree(VALID);
            ((ArrayNode) root.get("assignments"))
                    .addObject()
                    .put("id", "A4")
                    .put("organisation", "o1")
                    .put("programme", "npg")
                    .put("domain", "x")
                    .putArray("rounds")
                    .add("R2");
            root.putArray("pinned").add(pin("T1", "R1", "A1")).add(pin("T1", "R2", "A4"));
            assertThatThrownBy(() -> InstanceReader.read(MAPPER.writeValueAsString(root), "test.json"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("test.json: pinned[1] (trainee \"T1\", round \"R2\", assignment \"A4\"), field"
                            + " \"assignment\": the trainee is already pinned at organisation \"o1\", pinned[0]"
                            + " (H4)");
        }

        @Test
        void rejectsPinsAgainstTheData() {
            assertThat(pinProblems(
                            pin("T2", "R1", "A1"), // T2 only has R2
                            pin("T1", "R2", "A2"))) // A2 is offered in R1 only
                    .containsExactly(
                            "test.json: pinned[0] (trainee \"T2\", round \"R1\", assignment \"A1\"), field \"round\":"
                                    + " the trainee is not to be placed in this round (H1)",
                            "test.json: pinned[1] (trainee \"T1\", round \"R2\", assignment \"A2\"), field"
                                    + " \"assignment\": the assignment is not offered in this round (H2)");
        }

        @Test
        void rejectsAPinAtAnExcludedOrganisation() {
            assertThat(pinProblems(pin("T1", "R2", "A3")))
                    .containsExactly("test.json: pinned[0] (trainee \"T1\", round \"R2\", assignment \"A3\"), field"
                            + " \"assignment\": the trainee excluded organisation \"o3\" (H5)");
        }

        @Test
        void rejectsAPinAtAnOrganisationFromHistory() {
            List<String> problems = problemsWith(root -> {
                ((ObjectNode) element(root, "trainees", 0).get("history").get(0)).put("organisation", "o1");
                root.putArray("pinned").add(pin("T1", "R1", "A1"));
            });
            assertThat(problems)
                    .containsExactly("test.json: pinned[0] (trainee \"T1\", round \"R1\", assignment \"A1\"), field"
                            + " \"assignment\": the trainee was at organisation \"o1\" before (H4)");
        }

        @Test
        void rejectsAPinBeyondTheTravelLimit() {
            List<String> problems = problemsWith(root -> {
                element(root, "trainees", 0).put("maxTravelKm", 10);
                root.putArray("pinned").add(pin("T1", "R1", "A2"));
            });
            assertThat(problems).singleElement().asString().contains("beyond the limit of 10 km (H6)");
        }
    }
}
