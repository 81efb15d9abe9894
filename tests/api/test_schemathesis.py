"""Property-based requests generated from the OpenAPI schema, sent over HTTP to the running API:
no server error, and every response matches the schema (status, content type, body).
One default check is left out: "schema-valid data is accepted". A schema cannot say what valid
Cypher is (POST /cypher answers 400 to `"query": "0"`) nor which title fragment is unambiguous.

The schema comes from ``create_app().openapi()`` (no server needed to collect one test per
operation); the requests go to the live server, whose /openapi.json is checked to be the same.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from api.app import create_app
from api.settings import Settings

SCHEMA = schemathesis.openapi.from_dict(create_app(Settings()).openapi())
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


def test_served_schema_is_the_one_tested(client):
    assert client.get("/openapi.json").json() == SCHEMA.raw_schema


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.label for op in OPERATIONS])
def test_operation_has_no_server_error_and_matches_the_schema(operation, api_url):
    @given(case=operation.as_strategy())
    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck),
              database=None)
    def check(case):
        case.call_and_validate(base_url=api_url, excluded_checks=[positive_data_acceptance])

    check()
