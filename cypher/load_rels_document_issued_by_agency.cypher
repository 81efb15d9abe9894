// Upsert (Document)-[:ISSUED_BY]->(Agency) relationships, one per row key (parallel edges stay apart):
// the row's properties replace the relationship's and the load's update tag is stamped.
// Parameters: $rows: list of {start, end, key, props} (start/end are node keys, props
// includes key); $tag: integer update tag.
UNWIND $rows AS row
MATCH (a:Document {id: row.start})
MATCH (b:Agency {id: row.end})
MERGE (a)-[r:ISSUED_BY {key: row.key}]->(b)
SET r = row.props, r.update_tag = $tag
