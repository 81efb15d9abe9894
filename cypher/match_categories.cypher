// match_categories: the enterprise categories named by the user (by id, exact name or a name
// fragment) and every broader category they belong to (EnterpriseCategory SUBSET_OF,
// transitively): an enterprise in 专精特新中小企业 is also a 中小企业.
// Parameters: $names (list of category ids, names or name fragments).
// Returns one row per (requested, category): requested (the user's term), matched (the category
// the term names), exact (boolean), category (the category or one of its broader ones).
UNWIND $names AS requested
MATCH (named:EnterpriseCategory)
WHERE named.id = requested OR named.name CONTAINS requested
MATCH (named)-[:SUBSET_OF*0..6]->(category:EnterpriseCategory)
RETURN requested, named.name AS matched, (named.id = requested OR named.name = requested) AS exact,
       category.id AS id, category.name AS name
