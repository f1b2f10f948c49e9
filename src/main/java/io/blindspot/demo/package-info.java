/**
 * Demo and test data: the command-line test-data generator (accounts with open questionnaires for
 * load tests). It may use every feature; nothing uses it.
 */
package io.blindspot.demo;
