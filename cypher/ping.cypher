// Cheapest round trip to check that the store answers.
// Parameters: none. Columns: ok (always 1).
RETURN 1 AS ok
