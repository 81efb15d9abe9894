// Export script (policy-graph export --format cypher): create or update
// (Region)-[:PART_OF]->(Region) relationships, at most one per pair of nodes.
// Parameters: $rows: list of {start, end, props}; start is the Region's code, end the
// Region's code, props the relationship's properties.
UNWIND $rows AS row
MATCH (a:Region {code: row.start})
MATCH (b:Region {code: row.end})
MERGE (a)-[r:PART_OF]->(b)
SET r = row.props
