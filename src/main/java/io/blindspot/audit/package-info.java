/**
 * The audit trail: who changed rules, who viewed whose results, which accounts were created.
 * Append-only. Other modules record through {@link io.blindspot.audit.AuditTrail}; security's
 * account events are recorded by a listener here, because security sits below the audit trail.
 */
package io.blindspot.audit;
