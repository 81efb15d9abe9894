// Export script (policy-graph export --format cypher): create or update
// (Agency)-[:PART_OF]->(Agency) relationships, at most one per pair of nodes.
// Parameters: $rows: list of {start, end, props}; start is the Agency's id, end the
// Agency's id, props the relationship's properties.
UNWIND $rows AS row
MATCH (a:Agency {id: row.start})
MATCH (b:Agency {id: row.end})
MERGE (a)-[r:PART_OF]->(b)
SET r = row.props
