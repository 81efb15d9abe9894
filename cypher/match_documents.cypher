// match_documents: documents that apply to an enterprise profile — national documents and those
// of the given regions — and that target one of the given categories, with the TARGETS edge that
// says why.
// Parameters: $region_codes (the enterprise's region and the regions it lies in),
// $category_ids (the enterprise's categories and their broader ones),
// $kinds (document kinds to keep; an empty list keeps every kind).
// Returns one row per (document, category): document id, category (name), targets (the edge).
MATCH (document:Document)-[targets:TARGETS]->(category:EnterpriseCategory)
WHERE category.id IN $category_ids
  AND (document.level = 'national' OR document.region_code IN $region_codes)
  AND (size($kinds) = 0 OR document.kind IN $kinds)
RETURN document.id AS id, category.id AS category_id, category.name AS category, targets
ORDER BY id, category
