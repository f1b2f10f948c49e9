/**
 * HR's rule workbench behind the {@code rules/edit} page: a draft per author saved as they type,
 * checking and publishing that draft through the one publishing pipeline
 * ({@link io.blindspot.rules.live.RulePublishing}), the history with diffs and rollback, and the
 * three-way view of a conflict. No second path to the live rules.
 */
package io.blindspot.rules.workbench;
