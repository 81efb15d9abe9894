// Benchmark baseline (bench/store.py): the plainest upsert of (Document)-[:ISSUED_BY]->(Agency)
// relationships, to compare the project's write path against. Not used by the application.
// Parameters: $rows: list of {start, end, props}.
UNWIND $rows AS row
MATCH (a:Document {id: row.start})
MATCH (b:Agency {id: row.end})
MERGE (a)-[r:ISSUED_BY]->(b)
SET r += row.props
