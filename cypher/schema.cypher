// Constraints and indexes, created before any data is written (Neo4j 5 syntax; idempotent).
// One uniqueness constraint per label on its key property (it also backs MERGE lookups), plus
// indexes for the lookups the API and trace make by number, title and name.
// Parameters: none. Statements are separated by semicolons and run one by one.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT enterprise_category_id IF NOT EXISTS FOR (n:EnterpriseCategory) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT compilation_id IF NOT EXISTS FOR (n:Compilation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT extraction_source IF NOT EXISTS FOR (n:Extraction) REQUIRE n.source IS UNIQUE;
CREATE INDEX document_doc_number IF NOT EXISTS FOR (n:Document) ON (n.doc_number);
CREATE INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
