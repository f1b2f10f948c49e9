/**
 * Shared building blocks every feature uses: the clock, error handling, and the main layout with
 * its role-filtered navigation ({@code base.ui}).
 */
package io.blindspot.base;
