// Number of graph nodes per label (the stored Extraction records are not part of the graph).
// Parameters: none. Columns: label, count.
MATCH (n)
WHERE NOT n:Extraction
RETURN labels(n)[0] AS label, count(n) AS count
ORDER BY label
