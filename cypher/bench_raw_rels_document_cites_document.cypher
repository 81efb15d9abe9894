// Benchmark baseline (bench/store.py): the plainest upsert of (Document)-[:CITES]->(Document)
// relationships, to compare the project's write path against. Not used by the application.
// Parameters: $rows: list of {start, end, props}.
UNWIND $rows AS row
MATCH (a:Document {id: row.start})
MATCH (b:Document {id: row.end})
MERGE (a)-[r:CITES]->(b)
SET r += row.props
