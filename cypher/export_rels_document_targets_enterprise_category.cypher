// Export script (policy-graph export --format cypher): create or update
// (Document)-[:TARGETS]->(EnterpriseCategory) relationships, at most one per pair of nodes.
// Parameters: $rows: list of {start, end, props}; start is the Document's id, end the
// EnterpriseCategory's id, props the relationship's properties.
UNWIND $rows AS row
MATCH (a:Document {id: row.start})
MATCH (b:EnterpriseCategory {id: row.end})
MERGE (a)-[r:TARGETS]->(b)
SET r = row.props
