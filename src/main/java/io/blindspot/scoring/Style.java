package io.blindspot.scoring;

import java.util.List;

/**
 * The style regions of the style map, with the words a leader reads in their report.
 *
 * <p>Eight sectors of 45° each, centred (counter-clockwise from the people-focus axis) on IS 0°, I
 * 45°, DI 90°, D 135°, CD 180°, C 225°, SC 270° and S 315°; plus {@link #BALANCED} for profiles
 * too close to the centre for the angle to mean much. {@link ProfileMath} assigns them.
 *
 * <p>The texts describe tendencies to discuss, not verdicts. They are this enum's only content;
 * that is why it is longer than our classes usually are.
 */
public enum Style {
    D(
            "Decisive",
            135,
            "You lead from the front. You set ambitious targets, make calls quickly and expect the team to"
                    + " move with you. In a sales organisation this closes gaps fast and keeps pressure on the"
                    + " pipeline. The risk is that your pace and directness leave little room for other people's"
                    + " ideas, and that reviewing numbers quietly replaces developing people: a monthly"
                    + " one-to-one about last month's results is inspection, not coaching.",
            List.of(
                    "Makes the call when the team is stuck between options",
                    "Sets clear, stretching targets and owns the result",
                    "Raises a problem in a deal or a plan early and plainly",
                    "Keeps momentum when a quarter gets tough"),
            List.of(
                    "Turns one-to-ones into pipeline inspections instead of coaching",
                    "Decides before quieter team members have spoken",
                    "Takes over a customer call rather than letting the rep learn",
                    "Misses the early signs that a strong performer is unhappy")),
    DI(
            "Trailblazing",
            90,
            "You bring pace and conviction in equal measure. You spot an opportunity, rally people behind"
                    + " it and push it over the line. Teams led this way rarely lack energy or ambition. What"
                    + " can fall behind are the details and the steady follow-through: commitments made at an"
                    + " energising kick-off may never be checked, and people who need time to think can feel"
                    + " run over.",
            List.of(
                    "Opens new accounts and markets with visible energy",
                    "Rallies the team quickly behind a new goal",
                    "Speaks up for the team with senior management and customers",
                    "Keeps meetings short and moving towards action"),
            List.of(
                    "Starts more initiatives than the team can finish",
                    "Skips the follow-up that turns a kick-off into habits",
                    "Overlooks the risks in a forecast that sounds good",
                    "Leaves reflective team members little room to contribute")),
    I(
            "Inspiring",
            45,
            "You lead through people and enthusiasm. You build relationships easily, tell the story of where"
                    + " the team is going and make success visible. Reps often enjoy working for you and"
                    + " customers remember you. The watch-outs are follow-through and candour: a warm"
                    + " conversation can stand in for a clear expectation, and difficult feedback or a hard"
                    + " look at the numbers may be postponed.",
            List.of(
                    "Builds trust quickly with customers and new hires",
                    "Recognises wins in public and keeps morale up",
                    "Wins the team over to a change by explaining why it matters",
                    "Connects people across teams to solve a customer's problem"),
            List.of(
                    "Postpones difficult performance conversations",
                    "Agrees next steps in a meeting but does not check them later",
                    "Trusts optimism where the pipeline data says otherwise",
                    "Coaches by encouragement alone, without specific behaviours to practise")),
    IS(
            "Encouraging",
            0,
            "You put people first. You notice how team members are doing, make time for them and build a"
                    + " team where people help each other. This is a strong base for coaching and for keeping"
                    + " good performers. What it can lack is challenge: high standards may go unspoken,"
                    + " conflict gets smoothed over, and decisions that will disappoint someone are delayed.",
            List.of(
                    "Makes regular time for one-to-one coaching",
                    "Notices early when someone is struggling or thinking of leaving",
                    "Builds a team where people share leads and know-how",
                    "Gives new reps a safe place to learn"),
            List.of(
                    "Softens feedback until the message is lost",
                    "Tolerates underperformance for too long",
                    "Avoids open disagreement in leadership meetings",
                    "Puts team harmony ahead of a necessary decision")),
    S(
            "Steady",
            315,
            "You lead with patience and reliability. You listen fully, keep your promises and give the team a"
                    + " calm, predictable rhythm. People trust you, and the changes you introduce tend to stick"
                    + " because you bring everyone along. The risk is pace: you may wait too long for certainty"
                    + " or consensus, resist changes the market demands, and keep strong views to yourself.",
            List.of(
                    "Listens fully before answering, so people feel heard",
                    "Keeps the team steady through a reorganisation or a bad quarter",
                    "Follows through reliably on what was agreed",
                    "Introduces change step by step so that it lasts"),
            List.of(
                    "Waits for consensus when the market needs a fast decision",
                    "Holds on to routines after they stop working",
                    "Keeps disagreement private in leadership meetings",
                    "Takes on other people's work instead of asking for it to be done")),
    SC(
            "Careful",
            270,
            "You work in a measured, thorough way. You prepare well, think before you act and prefer proven"
                    + " methods to bold experiments. Teams led this way make few avoidable mistakes and keep"
                    + " their commitments. The watch-outs are speed and visibility: opportunities can pass while"
                    + " options are still being weighed, and a quiet, modest manner may mean the team's"
                    + " successes go unnoticed.",
            List.of(
                    "Prepares account reviews and coaching sessions thoroughly",
                    "Spots the risks in a deal before they turn into losses",
                    "Keeps processes dependable for customers and colleagues",
                    "Stays calm and factual in a difficult negotiation"),
            List.of(
                    "Weighs options for so long that opportunities pass",
                    "Hesitates to challenge a senior colleague's plan openly",
                    "Undersells the team's results to senior management",
                    "Sends a written update where a conversation would help")),
    C(
            "Analytical",
            225,
            "You lead through facts, standards and quality. You check the numbers, ask precise questions and"
                    + " hold the team to agreed processes. Your forecasts tend to be reliable and your decisions"
                    + " well founded. The risk is that analysis crowds out people: feedback can sound like"
                    + " criticism of details, and coaching can shrink to reviewing what went wrong after the"
                    + " fact.",
            List.of(
                    "Builds forecasts the business can rely on",
                    "Finds the real cause behind a lost deal",
                    "Sets clear standards for proposals and customer data",
                    "Decides on evidence rather than on the loudest voice"),
            List.of(
                    "Gives feedback on the errors and not on what went well",
                    "Reviews results after the fact instead of preparing the rep for the next call",
                    "Asks for more data when a decision is due",
                    "Keeps relationships with the team formal and distant")),
    CD(
            "Exacting",
            180,
            "You focus on results and on doing things right. You set high standards, track performance"
                    + " closely and challenge work that falls short. Teams led this way know exactly what is"
                    + " expected and how they are measured. The blind spot is the people side: relationships,"
                    + " recognition and development get little attention, reviews become inspections, and top"
                    + " performers may leave for a place where they feel developed, not only measured.",
            List.of(
                    "Makes expectations and metrics unambiguous",
                    "Applies the same standard to everyone, own work included",
                    "Cuts through vague plans with precise questions",
                    "Turns around an underperforming territory with structure"),
            List.of(
                    "Inspects activity and results instead of coaching behaviours",
                    "Recognises outcomes but rarely effort or progress",
                    "Loses peak performers who want to grow, not only be measured",
                    "Comes across to the team as critical and distant")),
    BALANCED(
            "Balanced",
            Double.NaN,
            "Your answers sit close to the centre of the map: no scale stands out strongly from the others."
                    + " That can mean you adapt your approach to the situation, moving between driving results,"
                    + " engaging people, keeping things steady and checking quality. It can also mean your style"
                    + " is hard for others to read, or that you answered many statements neutrally. Worth"
                    + " discussing with your facilitator: which way do you lean under pressure?",
            List.of(
                    "Adapts the approach to the customer and the situation",
                    "Translates between very different team members",
                    "Rarely shows the strong blind spots of a single style",
                    "Brings balance to a team that leans one way"),
            List.of(
                    "Others may find it hard to tell what you stand for",
                    "May blend in where the team needs a clear stance",
                    "Under pressure may fall back on one style without noticing",
                    "A neutral profile can hide answers that were too cautious"));

    private final String label;
    private final double centreAngleDegrees;
    private final String description;
    private final List<String> strengths;
    private final List<String> watchOuts;

    Style(String label, double centreAngleDegrees, String description, List<String> strengths, List<String> watchOuts) {
        this.label = label;
        this.centreAngleDegrees = centreAngleDegrees;
        this.description = description;
        this.strengths = strengths;
        this.watchOuts = watchOuts;
    }

    /** Plain-language name, e.g. "Decisive". */
    public String label() {
        return label;
    }

    /** Centre of the sector in degrees (see {@link StyleAxes#angleDegrees()}); NaN for BALANCED. */
    public double centreAngleDegrees() {
        return centreAngleDegrees;
    }

    /** One paragraph for a leader of this style, in the second person. */
    public String description() {
        return description;
    }

    /** Typical strengths of a leader of this style, as concrete behaviours. */
    public List<String> strengths() {
        return strengths;
    }

    /** Typical watch-outs (blind spots) of a leader of this style, as concrete behaviours. */
    public List<String> watchOuts() {
        return watchOuts;
    }
}
