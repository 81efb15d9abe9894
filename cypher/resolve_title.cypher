// resolve_title: documents whose title or one of its alternative titles contains any of the given
// fragments; exact tells whether a title equals a fragment.
// Parameters: $fragments (list of strings), $limit (maximum rows).
// Returns one row per document: id, title, doc_number, level, date, exact (boolean).
MATCH (d:Document)
WHERE any(f IN $fragments WHERE d.title CONTAINS f
          OR any(t IN coalesce(d.alt_titles, []) WHERE t CONTAINS f))
RETURN d.id AS id, d.title AS title, d.doc_number AS doc_number, d.level AS level, d.date AS date,
       any(f IN $fragments WHERE d.title = f OR f IN coalesce(d.alt_titles, [])) AS exact
ORDER BY exact DESC, size(d.title), d.id
LIMIT $limit
