// Export script (policy-graph export --format cypher): create or update Region nodes by code.
// Parameters: $rows: list of {key, props}; key is the node's code, props all its properties.
UNWIND $rows AS row
MERGE (n:Region {code: row.key})
SET n = row.props
