package io.blindspot.demo;

import java.util.List;

/**
 * The demo organisation. The sales leadership team is the seed's case: seven executives of a
 * 225-person sales organisation, all high in dominance and task focus, low in relationship focus.
 * The product team is deliberately balanced, so the two debriefs can be compared.
 */
final class DemoTeams {

    static final String SALES_ORGANISATION = "Northwind Sales (225 people)";
    static final String PRODUCT_ORGANISATION = "Northwind Product";
    static final String SALES_TEAM = "Sales leadership";
    static final String PRODUCT_TEAM = "Product leadership";
    /** Demo addresses use a reserved example domain, so no mail can reach a real person. */
    static final String MAIL_DOMAIN = "northwind.example";

    static final List<DemoPerson> SALES = List.of(
            new DemoPerson("executive", "Mike Brennan", "Chief Sales Officer", true, 88, 42, 18, 62),
            new DemoPerson("dana", "Dana Whitfield", "VP Enterprise Sales", false, 82, 45, 22, 58),
            new DemoPerson("raj", "Raj Patel", "VP Mid-Market Sales", false, 79, 38, 25, 66),
            new DemoPerson("lena", "Lena Vogel", "VP Sales Operations", false, 72, 30, 20, 75),
            new DemoPerson("tom", "Tom Okafor", "VP Channel Sales", false, 85, 50, 15, 55),
            new DemoPerson("sofia", "Sofia Marquez", "VP Inside Sales", false, 76, 40, 25, 62),
            new DemoPerson("greg", "Greg Lindqvist", "VP Customer Success", false, 70, 38, 28, 68));

    static final List<DemoPerson> PRODUCT = List.of(
            new DemoPerson("priya", "Priya Nair", "Chief Product Officer", true, 55, 62, 58, 50),
            new DemoPerson("jonas", "Jonas Berg", "Head of Engineering", false, 40, 30, 55, 82),
            new DemoPerson("amara", "Amara Osei", "Head of Marketing", false, 58, 85, 45, 35),
            new DemoPerson("ben", "Ben Carter", "Head of Customer Support", false, 30, 55, 85, 52),
            new DemoPerson("chen", "Chen Wu", "Head of Strategy", false, 80, 40, 35, 62));

    private DemoTeams() {}
}
