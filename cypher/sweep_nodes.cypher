// Delete graph nodes the last load did not write (their update tag is older), with any
// relationship left on them. Extraction nodes carry no update tag and are kept.
// Parameters: $tag: integer update tag of the load that just finished.
MATCH (n)
WHERE n.update_tag <> $tag
DETACH DELETE n
