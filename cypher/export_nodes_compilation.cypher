// Export script (policy-graph export --format cypher): create or update Compilation nodes by id.
// Parameters: $rows: list of {key, props}; key is the node's id, props all its properties.
UNWIND $rows AS row
MERGE (n:Compilation {id: row.key})
SET n = row.props
