-- Every change to what the people graph is built from leaves a row in graph_changes and a NOTIFY, in
-- the same transaction, whatever code (or operator) made it. Servers apply the rows in order; see
-- server/features/graph/graph-service.ts. NOTIFY is delivered on commit and deduplicated per transaction.
CREATE FUNCTION graph_change_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  INSERT INTO graph_changes (kind, subject, other) VALUES ('link', r.user_a, r.user_b);
  PERFORM pg_notify('graph_changes', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION graph_change_block() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  INSERT INTO graph_changes (kind, subject, other) VALUES ('block', r.blocker, r.blocked);
  PERFORM pg_notify('graph_changes', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION graph_change_person() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  INSERT INTO graph_changes (kind, subject) VALUES ('person', r.user_id);
  PERFORM pg_notify('graph_changes', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION graph_change_affiliations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  INSERT INTO graph_changes (kind, subject) VALUES ('affiliations', r.user_id);
  PERFORM pg_notify('graph_changes', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER connections_graph_change AFTER INSERT OR UPDATE OR DELETE ON connections
  FOR EACH ROW EXECUTE FUNCTION graph_change_link();
--> statement-breakpoint
CREATE TRIGGER user_blocks_graph_change AFTER INSERT OR DELETE ON user_blocks
  FOR EACH ROW EXECUTE FUNCTION graph_change_block();
--> statement-breakpoint
CREATE TRIGGER profiles_graph_change AFTER INSERT OR DELETE OR UPDATE OF connection_list_visibility ON profiles
  FOR EACH ROW EXECUTE FUNCTION graph_change_person();
--> statement-breakpoint
CREATE TRIGGER affiliations_graph_change AFTER INSERT OR UPDATE OR DELETE ON affiliations
  FOR EACH ROW EXECUTE FUNCTION graph_change_affiliations();
