// Guide: trace down, the documents that implement a higher one, transitively (national → province → city).
// Parameters: $number (string) — the normalised document number of the higher document.
MATCH p = (:Document {doc_number: $number})<-[:IMPLEMENTS*1..3]-(:Document)
RETURN p
