/** The audit trail: who changed rules, who viewed whose results. Append-only. */
package io.blindspot.audit;
