// Export script (policy-graph export --format cypher): create or update
// (EnterpriseCategory)-[:SUBSET_OF]->(EnterpriseCategory) relationships, at most one per pair of nodes.
// Parameters: $rows: list of {start, end, props}; start is the EnterpriseCategory's id, end the
// EnterpriseCategory's id, props the relationship's properties.
UNWIND $rows AS row
MATCH (a:EnterpriseCategory {id: row.start})
MATCH (b:EnterpriseCategory {id: row.end})
MERGE (a)-[r:SUBSET_OF]->(b)
SET r = row.props
