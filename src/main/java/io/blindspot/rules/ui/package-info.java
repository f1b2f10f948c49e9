/** HR's views of the rule base. */
package io.blindspot.rules.ui;
