// Export script (policy-graph export --format cypher): create or update
// (Document)-[:ISSUED_BY]->(Agency) relationships, at most one per pair of nodes.
// Parameters: $rows: list of {start, end, props}; start is the Document's id, end the
// Agency's id, props the relationship's properties.
UNWIND $rows AS row
MATCH (a:Document {id: row.start})
MATCH (b:Agency {id: row.end})
MERGE (a)-[r:ISSUED_BY]->(b)
SET r = row.props
