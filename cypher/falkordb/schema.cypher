// FalkorDB version of schema.cypher: range indexes on every label's key and on the lookup
// properties. FalkorDB has no IF NOT EXISTS and creates unique constraints with the
// GRAPH.CONSTRAINT command rather than Cypher, so uniqueness rests on MERGE; the store skips
// "already indexed" answers so that this file runs on every load.
// Parameters: none. Statements are separated by semicolons and run one by one.
CREATE INDEX FOR (n:Document) ON (n.id);
CREATE INDEX FOR (n:Agency) ON (n.id);
CREATE INDEX FOR (n:Region) ON (n.code);
CREATE INDEX FOR (n:EnterpriseCategory) ON (n.id);
CREATE INDEX FOR (n:Program) ON (n.id);
CREATE INDEX FOR (n:Compilation) ON (n.id);
CREATE INDEX FOR (n:Extraction) ON (n.source);
CREATE INDEX FOR (n:Document) ON (n.doc_number);
CREATE INDEX FOR (n:Document) ON (n.title);
CREATE INDEX FOR (n:Agency) ON (n.name);
