/**
 * Word lists for the demo's tours of duty. `{org}` is replaced by the company's name and `{skill}` by one
 * of the person's skills. All invented.
 */

export interface Project {
  title: string;
  objective: string;
  companyGets: string;
  measures: string;
}

const p = (title: string, objective: string, companyGets: string, measures: string): Project => ({
  title,
  objective,
  companyGets,
  measures,
});

/** Missions by career track (the `area` of a Track), plus `leadership` for owners and leads. */
// biome-ignore format: a word list reads better packed
export const PROJECTS: Record<string, readonly Project[]> = {
  "backend and infrastructure": [
    p("Rebuild the billing pipeline", "Replace the nightly billing batch with an event-driven service customers can trust to the cent.", "Invoices that are right the first time and a billing system the team is no longer afraid to change.", "No billing incident for two consecutive quarters; the monthly invoice run under ten minutes; billing pages to on-call down by 80%."),
    p("Make deploys boring", "Take {org} from weekly release trains to small, safe deploys any engineer can ship on a Friday.", "Faster feedback from customers and fewer late nights.", "Median time from merge to production under one hour; change failure rate below 5%; every service deployable by one command."),
    p("Observability from day one", "Give every service traces, useful dashboards and alerts that wake people only when customers are hurt.", "Outages found by us before customers find them, and a calmer on-call rotation.", "Mean time to detect under five minutes; alert noise halved; an on-call handbook every engineer has used."),
  ],
  "product design": [
    p("A design system the whole team uses", "Turn three generations of screens into one design system shared by design and engineering.", "Consistent products built faster, and accessibility fixed once instead of on every screen.", "80% of screens on the new components; WCAG AA on every core flow; design-to-build time for a new screen halved."),
    p("Redesign onboarding", "Make the first week with {org} so clear that new customers never need to call support.", "More trials turning into customers and fewer onboarding tickets.", "Trial-to-paid conversion up five points; onboarding tickets down 40%; five usability rounds with real customers."),
    p("Research that shapes the roadmap", "Build a research practice: a panel of customers, a monthly study and findings everyone reads.", "A roadmap grounded in what customers do, not what we guess.", "A standing panel of 40 customers; twelve studies published; two roadmap decisions changed by research."),
  ],
  "product management": [
    p("Launch the self-serve plan", "Design, price and launch a self-serve plan so small customers can buy without talking to sales.", "A new revenue line that scales without adding headcount.", "Launch within nine months; 300 paying self-serve accounts by the end of the tour; churn under 3% a month."),
    p("Find the next product", "Run discovery with twenty customers and bring back the one problem {org} should solve next.", "A confident bet for next year, with evidence behind it.", "Twenty discovery interviews; three prototypes tested; a business case the leadership team approves or rejects with reasons."),
    p("Fix the roadmap process", "Replace the feature wishlist with outcome-based planning the whole company understands.", "Fewer half-finished projects and a roadmap sales can actually promise from.", "Quarterly outcomes published company-wide; work in progress cut by a third; a planning survey score above 4 of 5."),
  ],
  data: [
    p("A forecast customers trust", "Rebuild the demand forecast so its errors are small, explained and improving every month.", "Better decisions for customers, and a forecast that sells the product by itself.", "Forecast error down 20%; weekly accuracy report shipped to every customer; model retraining fully automated."),
    p("One source of truth", "Move reporting onto a single, tested data model so every team counts the same way.", "Meetings spent on decisions instead of arguing about whose numbers are right.", "Core metrics defined once in dbt with tests; all dashboards migrated; no conflicting revenue numbers in board decks."),
    p("Experiment platform", "Give product teams a way to run trustworthy A/B tests without a data scientist in the room.", "Faster learning and fewer features shipped on a hunch.", "Ten experiments run by product teams on their own; guardrail metrics on every test; a short course every PM has taken."),
  ],
  "sales and customer success": [
    p("Open the Japanese market", "Win the first ten customers in Japan and build the playbook for the next fifty.", "A second home market and references in a region that values them highly.", "Ten signed customers; two public case studies; a partner agreement with a local reseller."),
    p("Make every customer a reference", "Build a customer success practice that turns the top accounts into vocal references.", "Lower churn and a sales team that wins on references.", "Net revenue retention above 110%; fifteen referenceable customers; quarterly business reviews with every top-20 account."),
    p("Land the first enterprise accounts", "Take {org} upmarket: a repeatable enterprise sales motion from first call to signed contract.", "Larger contracts and a sales process that does not depend on the founders.", "Five enterprise contracts signed; average sales cycle under 120 days; a security questionnaire answered in a day."),
  ],
  "people and talent": [
    p("Hiring that is fair and fast", "Redesign hiring around structured interviews and work samples, with feedback to every candidate.", "Better hires, a more diverse team and a reputation candidates talk about.", "Time to hire under 30 days; structured interviews for every role; candidate satisfaction above 4.5 of 5."),
    p("Alumni network relaunch", "Turn former colleagues into a real network: events, referrals and a warm way back for boomerangs.", "Referrals, advice and rehires from people who already know how {org} works.", "Half of alumni active in the network; ten referrals a year from alumni; two boomerang hires."),
    p("Tours of duty for everyone", "Introduce tours of duty across {org}: every employee with an agreed mission and regular check-ins.", "Honest conversations about the future, and fewer surprise resignations.", "90% of employees on an agreed tour; check-ins held on time for 80% of tours; regretted attrition halved."),
  ],
  "operations and finance": [
    p("Close the books in five days", "Shorten the monthly close from fifteen working days to five without losing accuracy.", "Numbers early enough to act on, and a finance team that is not buried every month-end.", "Close in five working days for three months running; zero audit adjustments; reconciliations automated."),
    p("A supply chain that bends", "Map and de-risk the supply chain so no single supplier can stop {org}.", "Fewer stock-outs and a business that survives the next shortage.", "Dual sourcing for the top 20 components; stock-outs down 50%; a tested contingency plan."),
    p("Plan the next two years", "Build the two-year operating plan with every team, tied to cash and to hiring.", "A plan the board trusts and teams can hold themselves to.", "Plan approved by the board; monthly variance under 10%; every hire mapped to a goal."),
  ],
  leadership: [
    p("From product-market fit to a durable business", "Take {org} from a promising product to a company that runs well without heroics.", "A company that can grow without burning out the people who built it.", "Break-even within the tour; leadership team complete; employee engagement above 80%."),
    p("Build the leadership bench", "Grow the next layer of leaders so every team has a lead who could run it alone.", "A company that does not depend on a handful of people.", "Every team with a trained lead; two internal promotions to the leadership team; succession plans for all key roles."),
    p("Raise the next round on our terms", "Prepare {org} for its next funding round with numbers, story and team ready.", "Runway for the next three years without giving up what makes {org} work.", "Round closed on target terms; eighteen months of runway; the board expanded with one independent member."),
  ],
};

// biome-ignore format: a word list reads better packed
export const SKILL_GAINS = [
  "Go deep on {skill}, with time each month to learn from the best people in the field.",
  "Become the person colleagues ask about {skill}.", "Turn {skill} from a strength into real mastery.",
  "Add {skill} to the toolbox, with a budget for courses and a conference.",
  "Practise {skill} on problems that matter, with feedback every check-in.",
] as const;

// biome-ignore format: a word list reads better packed
export const EXPERIENCE_GAINS = [
  "Lead a cross-team project from the first idea to launch.", "Own a budget and a roadmap for the first time.",
  "Manage two people and learn whether management is the next step.", "Work directly with customers every week.",
  "Ship something used by thousands of people.", "Present to the board twice a year.",
  "Run the project end to end, including the parts that go wrong.",
] as const;

// biome-ignore format: a word list reads better packed
export const NETWORK_GAINS = [
  "Regular time with the founders and the leadership team.", "Introductions to the customers' own experts.",
  "A mentor outside the team, chosen together.", "Meet the alumni who built the first version.",
  "Join the industry working group on open standards.", "Two conferences a year, as a speaker where possible.",
] as const;

// biome-ignore format: a word list reads better packed
export const REPUTATION_GAINS = [
  "Publish what we learn on the company blog, under your own name.", "Speak about the project at a meetup or conference.",
  "Be credited as the lead on the launch.", "A case study written together with the customer.",
  "Open-source the tooling and maintain it publicly.", "",
] as const;

// biome-ignore format: a word list reads better packed
export const WORK_WORTH_DOING = [
  "Work that customers notice and thank us for.", "Hard problems with people who care about doing them well.",
  "Something to point at in five years and say: I built that.", "A chance to learn fast and teach what I learn.",
  "Work that fits the life I want, not the other way round.", "",
] as const;

export interface Amendment {
  summary: string;
  extendMonths: number;
  measuresAddition: string;
}

// biome-ignore format: a word list reads better packed
export const AMENDMENTS: readonly Amendment[] = [
  { summary: "Extend by six months: the scope grew once customers started using the first release, and we agreed to finish it together.", extendMonths: 6, measuresAddition: "Added: the second release adopted by the five largest customers." },
  { summary: "Extend by four months and add a mentoring goal, after the team doubled in size.", extendMonths: 4, measuresAddition: "Added: two new team members onboarded and shipping on their own." },
];

// biome-ignore format: a word list reads better packed
export const END_EARLY_REASONS = [
  "The product line was paused after the board meeting. We agreed to end this tour and write a new one around the platform work instead.",
  "The team was merged into another group, and the mission no longer made sense as written. A new tour replaces it.",
  "Priorities changed after the acquisition of our largest customer; we ended the tour together and drafted a fresh mission.",
] as const;

export const OUTCOME_NOTES = {
  next_tour: [
    "A tour that delivered what it promised. The next one builds on it with a bigger scope.",
    "Both sides happy with how it went; the next tour is already drafted from this one.",
  ],
  new_role_here: [
    "Moving into a team lead role at the end of this tour; the next tour will be written with the new team.",
    "Stays at the company in a new role; a new tour is being drafted.",
  ],
  leaving_on_good_terms: [
    "Mission accomplished. Leaving to start a master's degree; the door is open for a return.",
    "Leaving for a role we could not offer. We parted as friends and stay in touch through the alumni network.",
  ],
} as const;
