// trace_documents: what a cascade answer shows about each document — its properties, the name of
// its region and its issuing agencies with their role.
// Parameters: $ids (list of Document ids).
// Returns one row per found document: document (node), region_name (or null),
// issuers (list of {name, role}).
UNWIND $ids AS doc_id
MATCH (document:Document {id: doc_id})
OPTIONAL MATCH (region:Region {code: document.region_code})
RETURN document, region.name AS region_name,
       [(document)-[issued:ISSUED_BY]->(agency:Agency) | {name: agency.name, role: issued.role}] AS issuers
