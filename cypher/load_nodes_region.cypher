// Upsert Region nodes by code: each row's properties replace the node's, and the load's
// update tag is stamped so a sweep can remove what this load did not write.
// Parameters: $rows: list of {key, props} (props includes code); $tag: integer update tag.
UNWIND $rows AS row
MERGE (n:Region {code: row.key})
SET n = row.props, n.update_tag = $tag
