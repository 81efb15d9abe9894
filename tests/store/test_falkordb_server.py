"""The embedded server: start, reuse, stop, persistence and recovery from a crash."""

import os
import signal
import subprocess
import sys
import time

import pytest

from graph.store import StoreSettings, StoreUnavailable, open_store
from graph.store.falkordb_server import FalkorServer


@pytest.fixture
def server(tmp_path):
    own = FalkorServer(tmp_path / "db")
    yield own
    own.stop()


def test_start_reuses_a_running_server_and_stop_saves(server):
    assert server.start() is True
    pid = server.pid()
    assert server.start() is False
    assert server.pid() == pid
    assert server.status()["running"] is True
    assert server.stop() is True
    assert server.status()["running"] is False
    assert server.stop() is False


def test_data_survives_a_restart(server):
    server.start()
    store = open_store(StoreSettings(data_dir=server.data_dir, graph="kept"))
    store._write("CREATE (:Document {id: 'doc-1', title: '中小企业促进法'})", {})
    store.close()
    server.stop()
    assert server.start() is True
    store = open_store(StoreSettings(data_dir=server.data_dir, graph="kept"))
    assert store.counts()["nodes"] == {"Document": 1}
    store.close()


def test_a_crashed_server_is_replaced(server):
    server.start()
    os.kill(server.pid(), signal.SIGKILL)
    deadline = time.monotonic() + 5
    while server.pid() is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.socket.exists() and server.pidfile.exists()  # left behind by the crash
    assert server.is_running() is False
    assert server.start() is True
    assert server.is_running() is True


def test_open_store_without_start_names_the_fix(tmp_path):
    with pytest.raises(StoreUnavailable, match="policy-graph db start"):
        open_store(StoreSettings(data_dir=tmp_path), start=False)


def test_a_too_long_socket_path_names_the_fix(tmp_path):
    with pytest.raises(StoreUnavailable, match="POLICY_GRAPH_DATA_DIR"):
        FalkorServer(tmp_path / ("x" * 120)).start()


def test_processes_starting_at_once_share_one_server(tmp_path):
    folder = tmp_path / "db"
    code = ("import sys; from graph.store.falkordb_server import FalkorServer; "
            "s = FalkorServer(sys.argv[1]); print(s.start(), s.pid())")
    starters = [subprocess.Popen([sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE,
                                 text=True) for _ in range(3)]
    answers = [p.communicate(timeout=60)[0].split() for p in starters]
    try:
        assert sorted(started for started, _ in answers) == ["False", "False", "True"]
        assert len({pid for _, pid in answers}) == 1
    finally:
        FalkorServer(folder).stop()
