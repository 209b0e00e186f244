/**
 * Word lists for the demo's trust network: connection requests, introduction reasons and notes, thanks.
 * Placeholders: {first} is a first name (whose, each list says), {area} the recipient's or target's line
 * of work ("product design"), {company} a company's name.
 */

/** A request to connect, to {first}. */
// biome-ignore format: a word list reads better packed
export const REQUEST_MESSAGES = [
  "Hi {first}! We keep ending up in the same threads, so it seemed time to connect properly.",
  "Hello {first}, I enjoyed your write-up on {area} last month. Would love to stay in touch.",
  "Hi {first}, a friend suggested I reach out: we're working on similar problems in {area}.",
  "Hi {first}, great meeting you at the meetup last week. Let's keep the conversation going!",
  "Hi {first}, I'm building up my network in {area} and your name keeps coming up.",
  "Hello {first}! Thanks again for the advice after the panel. I'd be glad to return the favour some day.",
] as const;

/** A request to connect, to {first}, naming {company}, where both worked at the same time. */
// biome-ignore format: a word list reads better packed
export const CONTEXT_REQUEST_MESSAGES = [
  "Hi {first}, we overlapped at {company} but never worked on the same team. Would be great to connect here.",
  "Hi {first}! Good memories from our {company} days. Let's stay connected.",
  "Hello {first}, I still use the onboarding notes you wrote at {company}. Happy to finally connect.",
] as const;

/** Why the requester wants to meet the target, {first}. */
// biome-ignore format: a word list reads better packed
export const INTRODUCTION_REASONS = [
  "I'm thinking about moving into {area} and would value half an hour of {first}'s perspective on where to start.",
  "We're about to hire our first person in {area}, and I'd love to hear from {first} what good looks like before we write the job ad.",
  "I'm preparing a proposal that leans heavily on {area} and would like to sanity-check it with someone who has done this for real.",
  "Everyone I ask about {area} mentions {first}. I'd be grateful for a short call to learn how they approach it.",
  "I'm looking for a mentor in {area} for the coming year, ideally someone a few steps ahead of me. {first} sounds like a great fit.",
  "I'm writing a short piece on careers in {area} and would love to include {first}'s story, with their blessing of course.",
  "Our team is exploring a partnership, and I'd like to understand how {first} thinks about {area} before we pitch anything.",
  "I'm relocating soon and would appreciate advice from {first} on building a network in {area} from scratch.",
] as const;

/** An intermediary passing the introduction on; {first} is the requester. */
// biome-ignore format: a word list reads better packed
export const INTERMEDIARY_NOTES = [
  "Happy to pass this on. {first} is thoughtful and does their homework; I think you'd enjoy the conversation.",
  "I've known {first} for years and would vouch for them. No pressure, but it's worth a chat.",
  "Forwarding with pleasure: {first} asked the best questions when we worked together.",
  "{first} helped me out more than once, so I'd be glad if you two met.",
  "Glad to connect you. {first} is early on this path but learns fast and follows through.",
  "Short version: {first} is great, and this one is right up your street.",
] as const;

/** The target accepting. */
// biome-ignore format: a word list reads better packed
export const TARGET_NOTES = [
  "Happy to meet. Mornings work best for me, so send over a couple of times.",
  "Sure, let's find thirty minutes next week.",
  "Glad to help. Coffee or a call, whichever is easier for you.",
  "Thanks for thinking of me! Looking forward to it.",
  "Yes, happy to talk. I'm travelling until the end of the month, so let's aim for after that.",
] as const;

/** The requester thanking an intermediary, {first}. */
// biome-ignore format: a word list reads better packed
export const THANKS_MESSAGES = [
  "Thank you for the introduction, {first}. We have met since, and it was exactly the conversation I needed.",
  "Thanks so much for connecting us, {first}. I owe you a coffee.",
  "Really appreciate you making time for this, {first}. It went great.",
] as const;

/** Fills the placeholders of a template. */
export function fill(template: string, facts: { first?: string; area?: string; company?: string }): string {
  return template
    .replaceAll("{first}", facts.first ?? "")
    .replaceAll("{area}", facts.area ?? "")
    .replaceAll("{company}", facts.company ?? "");
}
