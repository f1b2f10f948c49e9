/** What every HTTP API endpoint shares: errors as JSON, never a stack trace or a login page. */
package io.blindspot.base.api;
