// Export script (policy-graph export --format cypher): create or update
// (Document)-[:MENTIONS]->(Program) relationships, at most one per pair of nodes.
// Parameters: $rows: list of {start, end, props}; start is the Document's id, end the
// Program's id, props the relationship's properties.
UNWIND $rows AS row
MATCH (a:Document {id: row.start})
MATCH (b:Program {id: row.end})
MERGE (a)-[r:MENTIONS]->(b)
SET r = row.props
