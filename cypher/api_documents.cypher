// One page of documents matching optional filters, newest first, with the total match count.
// Parameters: $q (fragment of the title or of another title it goes by, or null), $number (the fragment as a normalised doc
// number, or null), $level, $kind, $year ("2023"; matched against the start of d.date), $region
// (code or name of the document's region), $issuer (agency id or name), $category (category id or
// name), $offset, $limit. A null filter matches everything.
MATCH (d:Document)
WHERE ($level IS NULL OR d.level = $level)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($year IS NULL OR d.date STARTS WITH $year)
  AND ($q IS NULL OR d.title CONTAINS $q OR d.doc_number CONTAINS $number
       OR any(t IN coalesce(d.alt_titles, []) WHERE t CONTAINS $q))
  AND ($issuer IS NULL
       OR (d)-[:ISSUED_BY]->(:Agency {id: $issuer})
       OR (d)-[:ISSUED_BY]->(:Agency {name: $issuer}))
  AND ($category IS NULL
       OR (d)-[:TARGETS]->(:EnterpriseCategory {id: $category})
       OR (d)-[:TARGETS]->(:EnterpriseCategory {name: $category}))
OPTIONAL MATCH (g:Region {code: d.region_code})
WITH d, g
WHERE $region IS NULL OR d.region_code = $region OR g.name = $region
WITH d
ORDER BY coalesce(d.date, '') DESC, d.id
WITH collect(d) AS docs
RETURN size(docs) AS total,
       [x IN docs[$offset..($offset + $limit)] |
         x {.id, .title, .doc_number, .kind, .level, .region_code, .date, .in_corpus, .status}] AS items
