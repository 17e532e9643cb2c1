"""A TCP forwarder on 127.0.0.1 that a test controls: it forwards, refuses, swallows (a server
that never answers) or cuts connections — at once, or when the client sends certain bytes.

`cut_on_reply(COMMIT_DONE)`: the client's COMMIT reaches the server, which commits and answers
"COMMIT"; that reply is dropped and the connection cut: the client never learns its
transaction is in.
`cut_before(b"INSERT")`: the connection is cut as the client sends it: the server never sees it.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from urllib.parse import urlparse

COMMIT_DONE = b"C\x00\x00\x00\x0bCOMMIT\x00"  # PostgreSQL's CommandComplete for a COMMIT


class TcpProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self.mode = "forward"  # forward | refuse | blackhole
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._before: bytes | None = None
        self._after: bytes | None = None
        self.fired = threading.Event()
        self._closing = False
        self._thread = threading.Thread(target=self._accept, name="tcp-proxy", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ control

    def cut_before(self, marker: bytes) -> None:
        self.fired.clear()
        self._before = marker

    def cut_on_reply(self, marker: bytes) -> None:
        self.fired.clear()
        self._after = marker

    def cut_all(self) -> None:
        """Every open connection dropped, as when the server is stopped."""
        with self._lock:
            socks, self._open = self._open, []
        for sock in socks:
            _close(sock)

    def close(self) -> None:
        self._closing = True
        _close(self._server)
        self.cut_all()
        self._thread.join(timeout=5)

    # ------------------------------------------------------------------ internals

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            if self.mode == "refuse":
                _close(client)
                continue
            with self._lock:
                self._open.append(client)
            if self.mode == "blackhole":
                threading.Thread(target=self._swallow, args=(client,), daemon=True).start()
                continue
            try:
                upstream = socket.create_connection(self._target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                _close(client)
                continue
            with self._lock:
                self._open.append(upstream)
            threading.Thread(target=self._pump_up, args=(client, upstream),
                             daemon=True).start()
            threading.Thread(target=self._pump_down, args=(upstream, client),
                             daemon=True).start()

    def _swallow(self, client: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while client.recv(65536):
                pass
        _close(client)

    def _pump_up(self, client: socket.socket, upstream: socket.socket) -> None:
        try:
            while True:
                data = client.recv(65536)
                if not data:
                    break
                if self._before is not None and self._before in data:
                    self._before = None
                    self.fired.set()
                    break
                upstream.sendall(data)
        except OSError:
            pass
        _close(client)
        _close(upstream)

    def _pump_down(self, upstream: socket.socket, client: socket.socket) -> None:
        try:
            while True:
                data = upstream.recv(65536)
                if not data:
                    break
                if self._after is not None and self._after in data:
                    self._after = None
                    self.fired.set()  # the server did it and said so; the client never hears
                    break
                client.sendall(data)
        except OSError:
            pass
        _close(client)
        _close(upstream)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


@contextlib.contextmanager
def proxied_database(db_url: str) -> Iterator[TcpProxy]:
    """The PostgreSQL database at `db_url` opened (models bound) through a TcpProxy."""
    import peewee

    from intake import db as dbmod
    from intake.models import database

    parsed = urlparse(db_url)
    proxy = TcpProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432)
    url = db_url.replace(f"@{parsed.hostname}:{parsed.port}", f"@127.0.0.1:{proxy.port}", 1)
    opened = dbmod.open_database(url)
    try:
        yield proxy
    finally:
        proxy.close()
        with contextlib.suppress(peewee.DatabaseError):
            if not opened.is_closed():
                opened.close()
        database.initialize(None)
