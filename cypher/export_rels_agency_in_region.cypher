// Export script (policy-graph export --format cypher): create or update
// (Agency)-[:IN]->(Region) relationships, at most one per pair of nodes.
// Parameters: $rows: list of {start, end, props}; start is the Agency's id, end the
// Region's code, props the relationship's properties.
UNWIND $rows AS row
MATCH (a:Agency {id: row.start})
MATCH (b:Region {code: row.end})
MERGE (a)-[r:IN]->(b)
SET r = row.props
