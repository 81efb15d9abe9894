// Delete relationships the last load did not write (their update tag is older), after a
// successful write; run before sweep_nodes.
// Parameters: $tag: integer update tag of the load that just finished.
MATCH ()-[r]->()
WHERE r.update_tag <> $tag
DELETE r
