// One document with everything around it: issuers, regions, targeted categories, programmes,
// outgoing and incoming references (with evidence and provenance) and the compilations holding it.
// The document is the one with id $id, or else the first by id whose doc_number is $number: one
// round trip whichever the caller gave, each lookup on its index. Parameters: $id (a Document.id
// or anything else), $number (a normalised document number, or null). No row when neither
// matches. Each comprehension has its own relationship alias: FalkorDB mixes up an alias reused
// across comprehensions.
OPTIONAL MATCH (by_id:Document {id: $id})
OPTIONAL MATCH (by_number:Document {doc_number: $number})
WITH coalesce(by_id, by_number) AS d
WHERE d IS NOT NULL
WITH d
ORDER BY d.id
LIMIT 1
OPTIONAL MATCH (g:Region {code: d.region_code})
RETURN d {.id, .title, .alt_titles, .doc_number, .kind, .level, .region_code, .level_source,
          .date, .in_corpus, .status, .title_source} AS document,
       CASE WHEN g IS NULL THEN null ELSE g {.code, .name, .level} END AS region,
       [(d)-[ri:ISSUED_BY]->(a:Agency) |
         a {.id, .name, .level, .region_code, role: ri.role, source: ri.source}] AS issuers,
       [(d)-[:ISSUED_BY]->(:Agency)-[:IN]->(ar:Region) | ar {.code, .name, .level}] AS issuer_regions,
       [(d)-[rt:TARGETS]->(c:EnterpriseCategory) |
         c {.id, .name, evidence: rt.evidence, file: rt.file, line: rt.line, method: rt.method,
            confidence: rt.confidence}] AS categories,
       [(d)-[rp:ESTABLISHES|MENTIONS]->(p:Program) |
         p {.id, .name, relation: type(rp), evidence: rp.evidence, file: rp.file, line: rp.line,
            method: rp.method, confidence: rp.confidence}] AS programs,
       [(d)-[ro:IMPLEMENTS|CITES|INTERPRETS|REPLACES]->(t:Document) |
         {type: type(ro), evidence: ro.evidence, file: ro.file, line: ro.line, method: ro.method,
          confidence: ro.confidence,
          document: t {.id, .title, .doc_number, .kind, .level, .region_code, .date, .in_corpus,
                       .status}}] AS references_out,
       [(s:Document)-[rn:IMPLEMENTS|CITES|INTERPRETS|REPLACES]->(d) |
         {type: type(rn), evidence: rn.evidence, file: rn.file, line: rn.line, method: rn.method,
          confidence: rn.confidence,
          document: s {.id, .title, .doc_number, .kind, .level, .region_code, .date, .in_corpus,
                       .status}}] AS references_in,
       [(k:Compilation)-[rc:CONTAINS]->(d) |
         k {.id, .title, .publisher, .date, .file, line_start: rc.line_start,
            line_end: rc.line_end}] AS compilations
