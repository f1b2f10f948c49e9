/** The facilitator's views of workshops: for now their section of the home page. */
package io.blindspot.workshop.ui;
