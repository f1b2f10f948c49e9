package io.blindspot.assessment;

import io.blindspot.support.MariaDbSpringTest;

/** Answer persistence on a real MariaDB server. */
@MariaDbSpringTest
class MariaDbAnswerPersistenceIT extends AnswerPersistenceContract {}
