"""A stand-in for the ``duckdb`` Python package, for machines that cannot install it.

Parallax's build machine reaches Maven Central and Debian but not PyPI, and Debian has no ``duckdb`` package,
so CI executes the notebooks with this module first on ``PYTHONPATH``. It runs the notebooks' SQL on DuckDB
itself, through DuckDB's JDBC driver (``org.duckdb:duckdb_jdbc``, the jar the tests already use) and JPype
(Debian ``python3-jpype``). Only what the notebooks call is here::

    con = duckdb.connect()
    con.sql(query).df()        # a pandas DataFrame
    con.sql(query).fetchall()  # a list of tuples

With the real package installed (``pip install duckdb``) this file is not used: ``notebooks/README.md``.
"""
import datetime
import glob
import os

import jpype
import pandas as pd

__version__ = "jdbc-standin"


def _jar():
    jar = os.environ.get("DUCKDB_JDBC_JAR")
    if jar:
        return jar
    repo = os.environ.get("MAVEN_REPO", os.path.expanduser("~/.m2/repository"))
    jars = sorted(glob.glob(os.path.join(repo, "org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar")))
    jars = [j for j in jars if not j.endswith(("-sources.jar", "-javadoc.jar"))]
    if not jars:
        raise ImportError("duckdb stand-in: no org.duckdb:duckdb_jdbc jar under " + repo
                          + " (run the Maven build once, or set DUCKDB_JDBC_JAR)")
    return jars[-1]


def connect(database=":memory:"):
    if not jpype.isJVMStarted():
        # JPype's own support classes (Debian installs them as /usr/share/java/org.jpype.jar).
        support = [j for j in ("/usr/share/java/org.jpype.jar",) if os.path.exists(j)]
        jpype.startJVM(classpath=[_jar()] + support, convertStrings=True)
    jpype.JClass("org.duckdb.DuckDBDriver")
    url = "jdbc:duckdb:" if database == ":memory:" else "jdbc:duckdb:" + database
    return Connection(jpype.JClass("java.sql.DriverManager").getConnection(url))


class Connection:
    def __init__(self, jdbc):
        self._jdbc = jdbc

    def sql(self, query):
        return Relation(self._jdbc, query)

    execute = sql

    def close(self):
        self._jdbc.close()


class Relation:
    """A statement's result. Run when made, as the duckdb package runs a statement that is not a query (SET ...)."""

    def __init__(self, jdbc, query):
        with jdbc.createStatement() as st:
            self._names, self._types, self._rows = [], [], []
            if st.execute(query):
                rs = st.getResultSet()
                meta = rs.getMetaData()
                self._names = [str(meta.getColumnLabel(i + 1)) for i in range(meta.getColumnCount())]
                self._types = [str(meta.getColumnTypeName(i + 1)) for i in range(meta.getColumnCount())]
                while rs.next():
                    self._rows.append(tuple(_py(rs.getObject(i + 1)) for i in range(len(self._names))))

    def fetchall(self):
        return list(self._rows)

    def df(self):
        frame = pd.DataFrame.from_records(self._rows, columns=self._names)
        for name, kind in zip(self._names, self._types):
            if kind.startswith("TIMESTAMP") or kind == "DATE":
                frame[name] = pd.to_datetime(frame[name])
        return frame


def _py(v):
    """A JDBC value as the Python value the duckdb package would give."""
    if v is None or not hasattr(v, "getClass"):
        return v  # None, or a string JPype already converted
    cls = str(v.getClass().getName())
    if cls == "java.lang.Boolean":
        return bool(v.booleanValue())
    if cls in ("java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.math.BigInteger"):
        return int(v.toString())
    if cls in ("java.lang.Float", "java.lang.Double", "java.math.BigDecimal"):
        return float(v.toString())
    if cls in ("java.sql.Timestamp", "java.time.LocalDateTime", "java.time.OffsetDateTime"):
        return pd.Timestamp(str(v.toString()).replace("T", " ").replace("Z", "+00:00"))
    if cls in ("java.sql.Date", "java.time.LocalDate"):
        return datetime.date.fromisoformat(str(v.toString()))
    if jpype.JClass("java.sql.Array").class_.isInstance(v):
        return [_py(x) for x in v.getArray()]
    return str(v.toString())
