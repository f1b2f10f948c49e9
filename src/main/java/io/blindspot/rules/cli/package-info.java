/**
 * The rule base on the command line: {@code rules check DIR} runs the pipeline's check on a folder
 * without a web server or database (for HR's own CI), {@code rules export DIR} writes the live
 * version from the database as files. Named so the application's command dispatch may call it.
 */
@NamedInterface("cli")
package io.blindspot.rules.cli;

import org.springframework.modulith.NamedInterface;
