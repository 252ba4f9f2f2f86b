package nl.traineeplanner.app;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/** The persistence contract on the embedded H2 database that Boot's test slice provides. */
@DataJpaTest
class H2PersistenceTests extends PersistenceContract {}
