-- A what-if run is the run it asks about plus one forced placement; it remembers that run to compare with.
ALTER TABLE planning_run ADD COLUMN based_on_run_id BIGINT;
