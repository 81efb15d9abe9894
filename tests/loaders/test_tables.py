"""The CSV reader of the data tables: loaders/data and, through graph.reference, graph/data."""

import pytest

from graph.errors import ReferenceDataError
from graph.reference import _rows
from loaders.errors import LoaderError
from loaders.tables import read_csv, read_table


def test_comment_lines_are_skipped_and_rows_keyed_by_header(tmp_path):
    path = tmp_path / "categories.csv"
    path.write_text("# 来源：工信部\nname,aliases\n中小企业,中小企业|中小微企业\n", encoding="utf-8")
    assert read_csv(path, ("name",)) == [{"name": "中小企业", "aliases": "中小企业|中小微企业"}]


@pytest.mark.parametrize(("text", "message"), [
    ("name,aliases\n,中小微企业\n", "lacks one of the columns name"),
    ("name,aliases\n中小企业,中小微企业,多余\n", "lacks one of the columns name"),
    (b"name\n\xff\xfe\n", "cannot read the data file"),
])
def test_a_bad_table_raises_naming_the_file(tmp_path, text, message):
    path = tmp_path / "programs.csv"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(LoaderError, match=message) as e:
        read_csv(path, ("name",))
    assert str(path) in str(e.value)


def test_a_missing_loader_table_is_a_loader_error():
    with pytest.raises(LoaderError, match="no-such-table.csv"):
        read_table("no-such-table.csv")


def test_graph_reference_tables_raise_their_own_error(tmp_path):
    with pytest.raises(ReferenceDataError, match="agencies.csv"):
        _rows(tmp_path / "agencies.csv")
