package org.parallax.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads reports the way analysts do: DuckDB over the Parquet folders, no Spark involved. */
public final class DuckDb {
  private DuckDb() {}

  public static String table(Path output, String report) {
    return "read_parquet('" + output.resolve(report).toString().replace("'", "''") + "/*.parquet')";
  }

  /** Every row of the query as a list of strings (null as "NULL"). */
  public static List<List<String>> query(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<String>> rows = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.add(v == null ? "NULL" : v.toString());
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Runs a statement that returns no rows (COPY, CREATE ...). */
  public static void execute(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  public static String scalar(String sql) {
    return query(sql).get(0).get(0);
  }
}
