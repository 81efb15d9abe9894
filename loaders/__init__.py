"""Text of a policy compilation (政策汇编) -> records with provenance."""
