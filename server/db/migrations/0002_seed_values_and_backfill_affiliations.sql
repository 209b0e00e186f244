-- The seeded catalog of values people and organizations rank (organizations can add their own).
INSERT INTO "values_catalog" ("name", "description") VALUES
  ('Trust', 'Keep your word and assume good faith.'),
  ('Candour', 'Say what you think, kindly and early.'),
  ('Craft', 'Care about doing the work well.'),
  ('Courage', 'Do the right thing when it is hard.'),
  ('Curiosity', 'Keep learning and asking why.'),
  ('Ownership', 'Act like it is yours to fix.'),
  ('Generosity', 'Share knowledge, credit and introductions.'),
  ('Humility', 'Be open to being wrong.'),
  ('Impact', 'Choose work that changes outcomes.'),
  ('Integrity', 'Be the same person in every room.'),
  ('Learning', 'Grow your skills and help others grow theirs.'),
  ('Loyalty', 'Stand by the people who stand by you.'),
  ('Mastery', 'Go deep enough to be excellent.'),
  ('Autonomy', 'Give and take the freedom to decide.'),
  ('Collaboration', 'Win as a team.'),
  ('Customer focus', 'Start from the people you serve.'),
  ('Diversity', 'Seek out different people and views.'),
  ('Excellence', 'Set a high bar and meet it.'),
  ('Fairness', 'Treat people evenly and explain decisions.'),
  ('Innovation', 'Try new things and learn from them.'),
  ('Kindness', 'Be good to people, especially under pressure.'),
  ('Resilience', 'Recover, adapt and keep going.'),
  ('Simplicity', 'Remove what does not matter.'),
  ('Sustainability', 'Build for the long run.'),
  ('Transparency', 'Share information by default.'),
  ('Adventure', 'Seek out the unfamiliar.'),
  ('Balance', 'Make room for a life outside work.'),
  ('Community', 'Build and serve the groups you belong to.'),
  ('Family', 'Put the people closest to you first.'),
  ('Service', 'Put others'' needs ahead of your own.')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Members who joined before affiliations existed get their employee stage from their membership.
INSERT INTO "affiliations" ("org_id", "user_id", "stage", "started_on", "ended_on")
SELECT "org_id", "user_id", 'employee', "started_on", "ended_on" FROM "memberships";
