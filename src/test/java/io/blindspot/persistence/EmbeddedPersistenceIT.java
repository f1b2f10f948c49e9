package io.blindspot.persistence;

import io.blindspot.support.BlindspotSpringTest;

/** The persistence contract on the embedded H2 database in MariaDB mode. */
@BlindspotSpringTest
class EmbeddedPersistenceIT extends PersistenceContract {}
