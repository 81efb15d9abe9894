// Guide: trace up, the chain of documents a local measure says it implements, up to the national basis.
// Parameters: $number (string) — the normalised document number of the local measure.
MATCH p = (:Document {doc_number: $number})-[:IMPLEMENTS*1..3]->(:Document)
RETURN p
