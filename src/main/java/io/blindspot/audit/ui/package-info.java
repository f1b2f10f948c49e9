/** For administrators: the audit trail, filtered and exported as CSV. */
package io.blindspot.audit.ui;
