/** Demo data for the embedded default: accounts for every role and the seed's two teams. */
package io.blindspot.security.demo;
