package org.parallax.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Main;
import org.parallax.cli.ExitCode;
import org.parallax.report.DuckDb;

/**
 * Runs with {@code hdfs://} input and output on a real HDFS (a MiniDFSCluster: a NameNode and a DataNode on
 * 127.0.0.1), as a cluster run would: the reports match a local run's, and a run killed (kill -9) while it
 * writes its reports leaves the previous output whole and is followed by a clean rerun.
 */
@Tag("slow")
class HdfsRunTest {
  @TempDir
  static Path tmp;
  static MiniDFSCluster hdfs;
  static String root;

  @BeforeAll
  static void startHdfs() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, tmp.resolve("dfs").toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
    root = "hdfs://127.0.0.1:" + hdfs.getNameNodePort();
    FileSystem fs = hdfs.getFileSystem();
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(Path.of("sample/seeds").toAbsolutePath().toUri()),
        new org.apache.hadoop.fs.Path(root + "/corpora/seeds"));
    System.setProperty("spark.master", "local[2]");
    System.setProperty("spark.sql.shuffle.partitions", "4");
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  @Test
  void hdfsInAndOutGivesTheLocalRunsStoriesAndAKilledRunIsFollowedByACleanRerun() throws Exception {
    String out = root + "/reports/latest";
    assertEquals(ExitCode.OK, run("run", "--input", root + "/corpora/seeds", "--output", out));
    Path first = copyToLocal(out, "first");
    assertTwoStories(first);
    // The story report's pages go through Hadoop's file system API when the output is not local.
    try (var pages = Files.list(first.resolve("html"))) {
      assertEquals(List.of("index.html", "story-" + "s", "story-" + "s"), pages.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html")).sorted().map(n -> n.startsWith("story-") ? n.substring(0, 7) : n).toList(),
          "index and two story pages on HDFS");
    }
    String firstRun = manifest(first).path("run_id").asText();

    // kill -9 in the middle of writing the reports
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "@conf/jvm.options", "-Xmx2g", "-XX:TieredStopAtLevel=1", "-Dspark.master=local[2]",
        "-Dspark.sql.shuffle.partitions=4", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "run", "--input", root + "/corpora/seeds", "--output", out));
    Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    boolean killed = false;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("stage 12/")) { // groups done: the reports stage is writing
          Thread.sleep(3000);
          child.destroyForcibly();
          killed = true;
          break;
        }
      }
    }
    assertTrue(killed, "the child reached the reports stage");
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    Path afterKill = copyToLocal(out, "after-kill");
    assertEquals(firstRun, manifest(afterKill).path("run_id").asText(), "the killed run left the output alone");

    assertEquals(ExitCode.OK, run("run", "--input", root + "/corpora/seeds", "--output", out));
    Path rerun = copyToLocal(out, "rerun");
    assertTwoStories(rerun);
    FileSystem fs = hdfs.getFileSystem();
    List<String> beside = new ArrayList<>();
    for (FileStatus s : fs.listStatus(new org.apache.hadoop.fs.Path(root + "/reports"))) {
      beside.add(s.getPath().getName());
    }
    assertEquals(List.of("latest"), beside, "the rerun cleaned up what the killed run left");
  }

  static ExitCode run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code = Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
    return code;
  }

  static Path copyToLocal(String uri, String name) throws Exception {
    Path local = tmp.resolve(name);
    hdfs.getFileSystem().copyToLocalFile(new org.apache.hadoop.fs.Path(uri),
        new org.apache.hadoop.fs.Path(local.toUri()));
    return local;
  }

  static void assertTwoStories(Path out) {
    List<List<String>> clusters = DuckDb.query("SELECT string_agg(substr(article_id, 1, 3), ',' ORDER BY article_id) "
        + "FROM " + DuckDb.table(out, "articles") + " GROUP BY cluster_id ORDER BY 1");
    assertEquals(List.of(List.of("000,003"), List.of("001,002,004")), clusters);
  }

  static JsonNode manifest(Path out) throws Exception {
    return new ObjectMapper().readTree(Files.readString(out.resolve("manifest.json")));
  }
}
