package io.blindspot.persistence;

import io.blindspot.support.MariaDbSpringTest;

/** The persistence contract on a real MariaDB server. */
@MariaDbSpringTest
class MariaDbPersistenceIT extends PersistenceContract {}
