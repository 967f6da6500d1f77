package org.parallax.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.SparkTest;

class OutletTableTest extends SparkTest {
  @TempDir
  Path dir;

  @Test
  void blankAndRepeatedOutletsAreCountedAsRejectedAndBlankValuesLeftOut() throws Exception {
    Path csv = Files.writeString(dir.resolve("outlets.csv"),
        "outlet,lean,country\nAP,center,US\n ,left,nowhere\nFox,right,\nAP,left,UK\n");
    OutletTable.Read read = OutletTable.read(spark, csv.toString());
    assertEquals(4, read.rows());
    assertEquals(2, read.rejected());
    assertEquals(List.of("lean", "country"), read.columns());
    // AP's first row by group values ("center" < "left") is kept; Fox has no country.
    assertEquals(List.of("AP/country/US", "AP/lean/center", "Fox/lean/right"), read.groups()
        .orderBy("outlet", "group_column").collectAsList().stream()
        .map(r -> r.getAs("outlet") + "/" + r.getAs("group_column") + "/" + r.getAs("group_value")).toList());
  }
}
