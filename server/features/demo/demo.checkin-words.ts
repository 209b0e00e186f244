/** Word lists for the demo's check-ins and private notes. Generic enough to fit any mission; all invented. */

// biome-ignore format: a word list reads better packed
export const PROGRESS = [
  "The first milestone is done and in customers' hands.", "About three weeks behind plan: the scope was bigger than we thought, but the hard part is behind us.",
  "Ahead of plan. The pilot went live early and the first feedback is good.", "Two of the three success measures are on track; the third needs a decision from us.",
  "Quiet month: mostly groundwork that will pay off next quarter.", "The prototype convinced the leadership team; we are building the real thing now.",
  "Steady progress, nothing dramatic. The weekly numbers keep moving the right way.", "Shipped the second release; adoption is slower than hoped in the smaller accounts.",
  "Halfway there. The plan still holds, with one change agreed below.", "Hit the main measure for the first time this month.",
] as const;

// biome-ignore format: a word list reads better packed
export const COMPANY_DELIVERED = [
  "The conference budget was approved and the talk accepted.", "A mentor from the leadership team, meeting every other week.",
  "Time carved out: Fridays kept free of meetings for deep work.", "The promised introduction to two key customers happened.",
  "Hired the second engineer for the project, as agreed.", "Still owed: the course budget. Sorry, it is on the list for this month.",
  "Access to the customer data needed for the analysis.", "Cover for on-call during the launch weeks.",
] as const;

// biome-ignore format: a word list reads better packed
export const PERSON_DELIVERED = [
  "The launch, on time, with a short write-up for the whole company.", "Onboarded two new colleagues and documented the setup.",
  "Ran five customer interviews and shared the notes.", "Rewrote the plan after the first milestone and got sign-off.",
  "Presented the results at the all-hands.", "Closed the long-standing reliability issue that kept coming back.",
  "A first draft of the playbook, reviewed by the team.",
] as const;

// biome-ignore format: a word list reads better packed
export const BLOCKERS = [
  "Waiting on legal for the data-sharing agreement.", "Too many meetings; we agreed to drop two recurring ones.",
  "The dependency on the other team's release keeps slipping.", "Hiring is slower than planned.", "", "", "",
] as const;

// biome-ignore format: a word list reads better packed
export const NEXT_STEPS = [
  "Finish the rollout to the remaining customers and measure adoption.", "Write the proposal for the second half and review it together.",
  "Book the mid-tour review with the leadership team.", "Pick the conference for the spring and submit a talk.",
  "Start planning what the next tour could look like.", "Agree on the scope cut so the main measure stays reachable.",
] as const;

// biome-ignore format: a word list reads better packed
export const SHARED_NOTES = [
  "Good conversation. Both sides think the tour is still the right one.", "We talked about the next tour early, as agreed at the start.",
  "Noted: the outside offer was discussed openly, as the tour asks. Staying.", "", "", "",
] as const;

// biome-ignore format: a word list reads better packed
export const SPONSOR_NOTES = [
  "Raise compensation at the review; the market moved this year.", "Seems stretched. Check the workload before the next milestone.",
  "Strong candidate for the team lead role next year.", "Ask about the conference talk; I sensed some hesitation.",
  "Remember to thank the team publicly for the launch.",
] as const;

// biome-ignore format: a word list reads better packed
export const PERSON_NOTES = [
  "Ask for the course budget before the quarter ends.", "Thinking about the next tour: data platform, maybe?",
  "Felt heard today. Keep raising things early.", "Prepare numbers before the mid-tour review.",
  "Mention the recruiter call next time, as the tour asks.",
] as const;
