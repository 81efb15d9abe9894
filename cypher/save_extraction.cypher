// Keep one compilation's extraction (the loader's JSON output) so that later loads can rebuild
// the whole graph from every compilation; keyed by the file's SHA-256.
// Parameters: $sha256, $source (file name), $json (the extraction as a JSON string),
// $loaded_at (ISO timestamp).
MERGE (e:Extraction {sha256: $sha256})
SET e.source = $source, e.json = $json, e.loaded_at = $loaded_at
