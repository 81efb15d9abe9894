// Upsert Agency nodes by id: each row's properties replace the node's, and the load's
// update tag is stamped so a sweep can remove what this load did not write.
// Parameters: $rows: list of {key, props} (props includes id); $tag: integer update tag.
UNWIND $rows AS row
MERGE (n:Agency {id: row.key})
SET n = row.props, n.update_tag = $tag
