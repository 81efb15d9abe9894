// Keep one compilation's extraction (the loader's JSON output) so that later loads can rebuild
// the whole graph from every compilation; keyed by the file's name, so a new version of a file
// replaces the extraction of the previous one.
// Parameters: $source (file name), $sha256, $json (the extraction as a JSON string),
// $loaded_at (ISO timestamp).
MERGE (e:Extraction {source: $source})
SET e.sha256 = $sha256, e.json = $json, e.loaded_at = $loaded_at
