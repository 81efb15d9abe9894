// Benchmark baseline (bench/store.py): the plainest upsert of Agency nodes, to compare the
// project's write path against on the same engine. Not used by the application.
// Parameters: $rows: list of {key, props}.
UNWIND $rows AS row
MERGE (n:Agency {id: row.key})
SET n += row.props
