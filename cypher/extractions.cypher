// Every stored compilation extraction, oldest load first.
// Parameters: none. Columns: sha256, source, json, loaded_at.
MATCH (e:Extraction)
RETURN e.sha256 AS sha256, e.source AS source, e.json AS json, e.loaded_at AS loaded_at
ORDER BY e.loaded_at, e.sha256
