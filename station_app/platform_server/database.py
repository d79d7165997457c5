"""One storage layer, two engines: SQLite (tests, demos, one-room pilots) and PostgreSQL (production).

The platform's modules write plain SQL with ``?`` placeholders against a
:class:`Tx`; this module hides what differs between the engines:

* placeholders (``?`` for sqlite3, ``%s`` for psycopg 3) and row access (a row
  is read by column name or by position on both);
* how a write transaction starts: SQLite takes the database's one write lock
  up front (``BEGIN IMMEDIATE``), so transactions never interleave; PostgreSQL
  runs them concurrently at READ COMMITTED, and :meth:`Tx.lock` takes a
  transaction-scoped advisory lock where two transactions must not judge the
  same volunteer or key at once (a no-op on SQLite, which is serial anyway);
* transient failures: a deadlock, a serialization failure or a unique-key race
  between two workers is retried a few times from the start of the
  transaction; a lost or refused database connection becomes
  :class:`Unavailable` (the HTTP layer answers 503 with ``Retry-After``, and
  the station retries the same batch later).

Why no ORM: the station's peewee database is a process-wide global bound to
the station file, and the platform runs in the same process in tests.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
RETRIES = 6
# Counters: a PostgreSQL sequence each; on SQLite (one writer at a time) the column's maximum + 1.
SEQUENCES = {"volunteer_numbers": ("volunteers", "seq"), "key_changes": ("signing_keys", "change_seq")}


class Unavailable(Exception):
    """The database cannot be reached or is busy: answer 503, the client retries later."""


class Row(dict):
    """A result row readable as ``row["name"]`` and ``row[0]`` on both engines."""

    __slots__ = ("_values",)

    def __init__(self, names: Sequence[str], values: Sequence[Any]) -> None:
        super().__init__(zip(names, values))
        self._values = tuple(values)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            return self._values[key]
        return super().__getitem__(key)

    def keys(self):
        return list(super().keys())


class Tx:
    """A transaction in progress; only valid inside :meth:`Database.run` / :meth:`Database.read`."""

    def __init__(self, conn: Any, database: Database) -> None:
        self._conn = conn
        self.db = database
        self.locked: set[str] = set()  # advisory locks this transaction already holds

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.db.execute(self._conn, sql, params)

    def one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        return self.execute(sql, params).fetchone()

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(self.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    def lock(self, *keys: str) -> None:
        """Serialise transactions that touch the same *keys* (held until commit or rollback)."""
        wanted = [k for k in keys if k not in self.locked]
        if wanted:
            self.db.lock(self, wanted)
            self.locked.update(wanted)

    def next_number(self, sequence: str) -> int:
        """The next value of *sequence* (:data:`SEQUENCES`), never handed out twice."""
        return self.db.next_number(self, sequence)


class Database:
    dialect = ""
    url = ""

    def run(self, work: Callable[[Tx], T]) -> T:
        raise NotImplementedError

    def read(self, work: Callable[[Tx], T]) -> T:
        return self.run(work)

    def execute(self, conn: Any, sql: str, params: Sequence[Any]) -> Any:
        raise NotImplementedError

    def lock(self, tx: Tx, keys: Sequence[str]) -> None:
        pass

    def next_number(self, tx: Tx, sequence: str) -> int:
        raise NotImplementedError

    def executescript(self, script: str) -> None:
        """Run several DDL statements (the schema) in one go."""
        raise NotImplementedError

    def close(self) -> None:
        pass


def _sqlite_row(cursor: sqlite3.Cursor, values: tuple) -> Row:
    return Row([c[0] for c in cursor.description], values)


class SQLiteDatabase(Database):
    """One connection serialised by a lock: plenty for a pilot, and every batch is one transaction.

    WAL with ``synchronous=FULL``: docs/protocol.md rule 6, a 200 is sent only after a durable commit.
    Several processes (gunicorn workers) may share the file: ``BEGIN IMMEDIATE`` and
    ``busy_timeout`` make them take turns.
    """

    dialect = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.url = str(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None, timeout=30)
        self._conn.row_factory = _sqlite_row
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=30000"):
            self._conn.execute(f"PRAGMA {pragma}")

    def execute(self, conn: Any, sql: str, params: Sequence[Any]) -> Any:
        return conn.execute(sql, tuple(params))

    def run(self, work: Callable[[Tx], T]) -> T:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:  # locked by another process for 30 s
                raise Unavailable(str(exc)) from None
            try:
                result = work(Tx(self._conn, self))
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
            return result

    def read(self, work: Callable[[Tx], T]) -> T:
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                return work(Tx(self._conn, self))
            finally:
                self._conn.execute("ROLLBACK")

    def next_number(self, tx: Tx, sequence: str) -> int:
        table, column = SEQUENCES[sequence]
        return tx.scalar(f"SELECT COALESCE(MAX({column}), 0) + 1 FROM {table}")

    def executescript(self, script: str) -> None:
        with self._lock:
            self._conn.executescript(script)

    def close(self) -> None:
        with self._lock:
            self._conn.close()


class PostgresDatabase(Database):
    """psycopg 3 with a small connection pool (one connection per serving thread at most).

    The pool checks a connection before lending it, so a PostgreSQL restart costs the
    requests in flight a 503 and nothing else. The pool is opened lazily, in the process
    that uses it: gunicorn forks its workers before the first request.
    """

    dialect = "postgresql"
    _PLACEHOLDER = re.compile(r"\?")

    def __init__(self, url: str, max_connections: int = 8, connect_timeout: float = 5.0) -> None:
        import psycopg  # noqa: F401 - fail early with a clear ImportError when psycopg is missing

        self.url = url
        self._max = max_connections
        self._timeout = connect_timeout
        self._pool: Any = None
        self._pool_lock = threading.Lock()
        self._sql_cache: dict[str, str] = {}

    def _get_pool(self) -> Any:
        with self._pool_lock:
            if self._pool is None:
                from psycopg_pool import ConnectionPool

                self._pool = ConnectionPool(
                    self.url, min_size=1, max_size=self._max, open=True, timeout=self._timeout,
                    kwargs={"autocommit": True, "connect_timeout": max(1, int(self._timeout))},
                    check=ConnectionPool.check_connection, name="platform")
            return self._pool

    def execute(self, conn: Any, sql: str, params: Sequence[Any]) -> Any:
        translated = self._sql_cache.get(sql)
        if translated is None:
            translated = self._sql_cache[sql] = self._PLACEHOLDER.sub("%s", sql)
        return conn.execute(translated, tuple(params) if params else None)

    @contextmanager
    def _connection(self) -> Iterator[Any]:
        import psycopg
        from psycopg_pool import PoolTimeout

        try:
            with self._get_pool().connection() as conn:
                conn.row_factory = _pg_row_factory
                yield conn
        except PoolTimeout as exc:
            raise Unavailable(f"no database connection: {exc}") from None
        except psycopg.OperationalError as exc:
            raise Unavailable(f"database unavailable: {exc}") from None

    def run(self, work: Callable[[Tx], T]) -> T:
        import psycopg
        from psycopg import errors

        transient = (errors.SerializationFailure, errors.DeadlockDetected, errors.UniqueViolation)
        for attempt in range(RETRIES):
            try:
                with self._connection() as conn:
                    with conn.transaction():
                        return work(Tx(conn, self))
            except transient:
                if attempt == RETRIES - 1:
                    raise Unavailable("too many concurrent conflicts") from None
                time.sleep(0.005 * (2 ** attempt))
            except psycopg.OperationalError as exc:
                raise Unavailable(f"database unavailable: {exc}") from None
        raise AssertionError("unreachable")

    def read(self, work: Callable[[Tx], T]) -> T:
        """Reads run in autocommit: no BEGIN/COMMIT round trips for what is mostly one SELECT."""
        import psycopg

        try:
            with self._connection() as conn:
                return work(Tx(conn, self))
        except psycopg.OperationalError as exc:
            raise Unavailable(f"database unavailable: {exc}") from None

    def lock(self, tx: Tx, keys: Sequence[str]) -> None:
        # One round trip for all of them, in one order for everyone: fewer deadlocks.
        tx.execute("SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(?::text[]) AS k ORDER BY k",
                   (sorted(set(keys)),))

    def next_number(self, tx: Tx, sequence: str) -> int:
        assert sequence in SEQUENCES
        return tx.scalar(f"SELECT nextval('{sequence}')")

    def executescript(self, script: str) -> None:
        with self._connection() as conn:
            with conn.transaction():
                conn.execute(script)

    def close(self) -> None:
        with self._pool_lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None


def _pg_row_factory(cursor: Any) -> Callable[[Sequence[Any]], Row]:
    names = [c.name for c in cursor.description] if cursor.description else []

    def make(values: Sequence[Any]) -> Row:
        return Row(names, [bytes(v) if isinstance(v, memoryview) else v for v in values])

    return make


def is_postgres_url(target: str) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def open_database(target: str | Path, max_connections: int = 8) -> Database:
    """``postgresql://…`` opens PostgreSQL; anything else is a SQLite file path."""
    if is_postgres_url(str(target)):
        return PostgresDatabase(str(target), max_connections=max_connections)
    return SQLiteDatabase(target)
