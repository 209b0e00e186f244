import { z } from "zod";

/** Shown once, when the feed is created: the URL holds the secret token. */
export const createdCalendarFeed = z.object({
  url: z.string().describe("Subscribe to this URL; anyone who has it can read the feed"),
  createdAt: z.string(),
});

export const calendarFeedStatus = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
});

export const calendarFeedParams = z.object({ token: z.string().max(200) });
