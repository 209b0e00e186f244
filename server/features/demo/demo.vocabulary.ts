/**
 * Word lists for the demo network. All invented: companies are fictional, links point at `.example`
 * domains, and names are common given names and surnames combined at random, so no real person is described.
 */

// biome-ignore format: a word list reads better packed
export const FIRST_NAMES = [
  "Amara", "Lucas", "Sofía", "Mateo", "Priya", "Arjun", "Chloé", "Noah", "Fatima", "Omar", "Elena",
  "Jonas", "Ingrid", "Kwame", "Zanele", "Diego", "Valentina", "Liam", "Aisha", "Wei", "Min-jun", "Zofia",
  "Tomás", "Inês", "Chidi", "Leila", "Rafael", "Grace", "Samuel", "Nadia", "Yusuf", "Astrid", "Marta",
  "Luca", "Giulia", "Ravi", "Ananya", "Emma", "Kofi", "Lena",
] as const;

// biome-ignore format: a word list reads better packed
export const LAST_NAMES = [
  "Okafor", "Silva", "García", "Müller", "Schmidt", "Kowalski", "Novak", "Haddad", "Patel", "Sharma",
  "Nguyen", "Chen", "Kim", "Park", "Johansson", "Larsen", "O'Brien", "Rossi", "Bianchi", "Mensah",
  "Adeyemi", "Dubois", "Martin", "Fernández", "Costa", "Ivanova", "Cohen", "Hughes", "Reyes", "Yılmaz",
] as const;

// Japanese names are drawn as a pair so given name and surname match; written given-name first, as on
// most English-language profiles.
// biome-ignore format: a word list reads better packed
export const JAPANESE_FIRST_NAMES = [
  "Yuki", "Haruto", "Sakura", "Ren", "Aoi", "Hiroshi", "Kenji", "Yui", "Sota", "Mei", "Takumi", "Emi",
  "Daichi", "Naomi", "Riku", "Akiko",
] as const;

// biome-ignore format: a word list reads better packed
export const JAPANESE_LAST_NAMES = [
  "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Kato",
  "Yoshida", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Mori",
] as const;

// biome-ignore format: a word list reads better packed
export const LOCATIONS = [
  "Berlin, Germany", "Lisbon, Portugal", "London, UK", "Lagos, Nigeria", "Nairobi, Kenya",
  "São Paulo, Brazil", "Mexico City, Mexico", "Toronto, Canada", "Austin, USA", "New York, USA",
  "Bengaluru, India", "Singapore", "Seoul, South Korea", "Stockholm, Sweden", "Warsaw, Poland", "Remote",
  "Tokyo, Japan", "Barcelona, Spain",
] as const;

export const JAPANESE_LOCATIONS = ["Tokyo, Japan", "Osaka, Japan", "Kyoto, Japan", "Fukuoka, Japan"] as const;

// biome-ignore format: a word list reads better packed
export const COMPANY_PREFIXES = [
  "Northwind", "Kestrel", "Sakura", "Lumen", "Cobalt", "Meridian", "Harbor", "Juniper", "Tidewater",
  "Aozora", "Basalt", "Halcyon",
] as const;

export interface Sector {
  suffix: string;
  what: string;
  mission: string;
  vision: string;
}

export const SECTORS: readonly Sector[] = [
  {
    suffix: "Robotics",
    what: "builds warehouse robots that work safely alongside people",
    mission: "Take the heavy lifting out of logistics work.",
    vision: "Warehouses where people do the thinking and machines do the lifting.",
  },
  {
    suffix: "Health",
    what: "makes software that helps clinics coordinate patient care",
    mission: "Give clinicians back the hours they lose to paperwork.",
    vision: "Every patient's care team working from the same page.",
  },
  {
    suffix: "Energy",
    what: "develops and runs community solar and battery projects",
    mission: "Put clean power in the hands of the neighbourhoods that use it.",
    vision: "A grid owned by the people it serves.",
  },
  {
    suffix: "Analytics",
    what: "helps independent retailers forecast demand",
    mission: "Let small shops plan with the confidence of big chains.",
    vision: "No shelf empty, no stock wasted.",
  },
  {
    suffix: "Studio",
    what: "designs and builds digital products for museums and libraries",
    mission: "Make culture easy to find and a joy to explore.",
    vision: "Every collection open to everyone, everywhere.",
  },
  {
    suffix: "Logistics",
    what: "moves goods across borders for small exporters",
    mission: "Make shipping abroad as simple as posting a letter.",
    vision: "A world market open to the smallest maker.",
  },
  {
    suffix: "Learning",
    what: "builds classroom tools that teachers actually ask for",
    mission: "Save teachers time so they can spend it on students.",
    vision: "Every child taught by a teacher with time to teach.",
  },
  {
    suffix: "Finance",
    what: "offers simple banking and invoicing to freelancers",
    mission: "Make getting paid the easiest part of independent work.",
    vision: "Independent work as secure as any payroll job.",
  },
];

// biome-ignore format: a word list reads better packed
export const COMPANY_TAGLINES = [
  "We hire for tours of duty: clear missions, honest conversations about what comes next.",
  "Our alumni network is part of the company; many of our best ideas come from people who moved on.",
  "We are small on purpose and plan to stay that way.", "We publish our salary bands and our roadmap.",
  "Most of the team works remotely, and we meet in person every quarter.",
] as const;

// biome-ignore format: a word list reads better packed
export const COMPANY_VALUES = [
  "Candor", "Ownership", "Long-term thinking", "Craftsmanship", "Curiosity", "Customer trust",
  "Learning every day", "Inclusion", "Frugality", "Bias for action", "Kindness", "Sustainability",
  "Transparency", "Humility",
] as const;

// biome-ignore format: a word list reads better packed
export const PERSONAL_VALUES = [
  "Honesty", "Growth", "Family", "Autonomy", "Mastery", "Generosity", "Courage", "Balance", "Impact",
  "Curiosity", "Fairness", "Community", "Adventure", "Loyalty", "Creativity",
] as const;

export interface Track {
  area: string;
  titles: readonly string[];
  /** Lead titles carry their own seniority, so they get no "Senior" prefix. */
  leadTitles: readonly string[];
  skills: readonly string[];
  missions: readonly string[];
}

export const TRACKS: readonly Track[] = [
  {
    area: "backend and infrastructure",
    titles: ["Software Engineer", "Backend Engineer", "Frontend Engineer", "Site Reliability Engineer"],
    leadTitles: ["Engineering Manager", "CTO"],
    skills: [
      "TypeScript",
      "Go",
      "Rust",
      "PostgreSQL",
      "Kubernetes",
      "React",
      "Distributed systems",
      "Testing",
    ],
    missions: [
      "Build software people can rely on without thinking about it.",
      "Leave every system simpler than I found it.",
    ],
  },
  {
    area: "product design",
    titles: ["Product Designer", "UX Researcher", "Interaction Designer"],
    leadTitles: ["Design Lead"],
    skills: ["Figma", "User research", "Prototyping", "Accessibility", "Design systems", "Usability testing"],
    missions: ["Design tools that respect people's time.", "Make the complicated feel obvious."],
  },
  {
    area: "product management",
    titles: ["Product Manager", "Product Owner"],
    leadTitles: ["Head of Product"],
    skills: ["Roadmapping", "Product discovery", "Analytics", "Stakeholder management", "Pricing", "SQL"],
    missions: ["Ship the few things that matter most.", "Turn customer problems into products that last."],
  },
  {
    area: "data",
    titles: ["Data Scientist", "Data Engineer", "Machine Learning Engineer", "Data Analyst"],
    leadTitles: ["Head of Data"],
    skills: ["Python", "SQL", "Statistics", "dbt", "Forecasting", "PyTorch", "Experiment design"],
    missions: ["Help teams decide with evidence instead of opinions.", "Make data honest and easy to use."],
  },
  {
    area: "sales and customer success",
    titles: ["Account Executive", "Customer Success Manager", "Partnerships Manager"],
    leadTitles: ["Head of Sales"],
    skills: ["Negotiation", "Enterprise sales", "Customer onboarding", "CRM", "Japanese", "Spanish"],
    missions: ["Build relationships where both sides win.", "Make every customer a reference customer."],
  },
  {
    area: "people and talent",
    titles: ["People Partner", "Recruiter", "Talent Partner"],
    leadTitles: ["Head of People"],
    skills: ["Hiring", "Coaching", "Compensation", "Onboarding", "Employment law", "Facilitation"],
    missions: ["Help people do the best work of their careers.", "Make hiring fair and leaving graceful."],
  },
  {
    area: "operations and finance",
    titles: ["Operations Manager", "Finance Manager", "Supply Chain Analyst"],
    leadTitles: ["COO", "CFO"],
    skills: ["Budgeting", "Forecasting", "Process design", "Spreadsheets", "Procurement", "Lean"],
    missions: ["Keep the engine running so others can drive.", "Make the numbers tell the truth early."],
  },
];

// biome-ignore format: a word list reads better packed
export const PERSONAL_VISIONS = [
  "Work where trust runs both ways and people leave as friends.",
  "A career of tours of duty, each one leaving me and the company better.",
  "Start a company of my own one day, with former colleagues.",
  "Teach what I have learned to the next generation.", "Spend my time on problems that outlast me.",
  "Become the person colleagues call when things get hard.",
] as const;

// biome-ignore format: a word list reads better packed
export const HOBBIES = [
  "bouldering", "sourdough baking", "trail running", "playing the shakuhachi", "chess", "film photography",
  "volunteering at a food bank", "learning Portuguese", "restoring old bicycles", "playing go",
  "gardening", "jazz piano", "long-distance cycling", "amateur astronomy",
] as const;
