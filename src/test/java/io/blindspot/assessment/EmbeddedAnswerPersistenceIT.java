package io.blindspot.assessment;

import io.blindspot.support.BlindspotSpringTest;

/** Answer persistence on the embedded H2 database in MariaDB mode. */
@BlindspotSpringTest
class EmbeddedAnswerPersistenceIT extends AnswerPersistenceContract {}
