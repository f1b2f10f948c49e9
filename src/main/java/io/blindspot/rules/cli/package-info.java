/**
 * The rule base on the command line: {@code rules check DIR} runs the pipeline's check on a folder
 * without a web server or database (for HR's own CI), {@code rules export DIR} writes the live
 * version from the database as files.
 */
package io.blindspot.rules.cli;
