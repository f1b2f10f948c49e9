/** Published rule-set versions as stored in the database: every version's files, author and time. */
package io.blindspot.rules.store;
