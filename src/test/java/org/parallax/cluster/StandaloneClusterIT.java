package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.report.DuckDb;

/**
 * A real Spark standalone cluster on 127.0.0.1: a master and one worker started from the build's own Spark
 * jars, and the packaged jar submitted through {@code jobs/spark-submit.sh} in client and cluster deploy
 * mode, as a scheduled run would. Runs after {@code package} (failsafe, in {@code mvn verify}): it needs the
 * runnable jar. The Spark "installation" is the build's classpath as {@code jars/} with a stand-in
 * {@code bin/spark-submit} that runs Spark's own launcher, as a distribution's does.
 */
@Tag("slow")
@Tag("cluster")
class StandaloneClusterIT {
  static final Path WORK = Path.of("target/it-standalone").toAbsolutePath();
  static final Path SPARK_HOME = WORK.resolve("spark-home");
  static final Path SEEDS = Path.of("sample/seeds").toAbsolutePath();
  static final List<Process> DAEMONS = new ArrayList<>();
  static String master;

  @BeforeAll
  static void startMasterAndWorker() throws Exception {
    deleteRecursively(WORK);
    Path jars = Files.createDirectories(SPARK_HOME.resolve("jars"));
    for (String jar : Files.readString(Path.of("target/parallax.classpath")).strip().split(File.pathSeparator)) {
      Path j = Path.of(jar);
      Files.createSymbolicLink(jars.resolve(j.getFileName()), j);
    }
    Path submit = Files.createDirectories(SPARK_HOME.resolve("bin")).resolve("spark-submit");
    Files.copy(Path.of("src/test/resources/standalone/spark-submit"), submit);
    assertTrue(submit.toFile().setExecutable(true));
    int port = freePort();
    master = "spark://127.0.0.1:" + port;
    Path masterLog = WORK.resolve("master.log");
    DAEMONS.add(daemon(masterLog, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
        String.valueOf(port), "--webui-port", String.valueOf(freePort())));
    awaitLine(masterLog, "I have been elected leader", 60);
    DAEMONS.add(daemon(WORK.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
        "--webui-port", String.valueOf(freePort()), "--cores", "2", "--memory", "4g", "--work-dir",
        WORK.resolve("worker").toString(), master));
    awaitLine(masterLog, "Registering worker", 60);
  }

  @AfterAll
  static void stop() {
    DAEMONS.forEach(Process::destroy);
  }

  @Test
  void clientModeFindsTheSeedsTwoStories() throws Exception {
    Path out = WORK.resolve("client-out");
    Result r = submit("client", List.of(), "run", "--input", SEEDS.toString(), "--output", out.toString());
    assertEquals(0, r.code, r.stderr);
    assertTrue(r.stdout.contains("stage " + org.parallax.pipeline.Pipeline.STAGES.size() + "/" + org.parallax.pipeline.Pipeline.STAGES.size() + " reports"), r.stdout);
    assertTwoStories(out);
    assertEquals(master, manifest(out).path("versions").path("spark_master").asText());
  }

  @Test
  void clusterModeRunsTheDriverOnTheWorkerWithAConfigShippedByFiles() throws Exception {
    Path config = Files.writeString(WORK.resolve("nightly-parallax.yaml"), "topics:\n  k: 3\n");
    Path out = WORK.resolve("cluster-out");
    Result r = submit("cluster", List.of("--files", config.toString()), "run", "--config", "nightly-parallax.yaml",
        "--input", SEEDS.toString(), "--output", out.toString());
    assertEquals(0, r.code, r.stderr);
    assertTrue(r.stderr.contains("is FINISHED"), r.stderr);
    assertTwoStories(out);
    assertEquals(3, manifest(out).path("config").path("topics").path("k").asInt(), "the shipped config applied");
  }

  @Test
  void aDriverThatFailsOnTheClusterFailsTheSubmission() throws Exception {
    Result r = submit("cluster", List.of(), "run", "--input", WORK.resolve("no-such-corpus").toString(), "--output",
        WORK.resolve("failed-out").toString());
    assertNotEquals(0, r.code, "cron must learn of the failure");
    assertTrue(r.stderr.contains("ended FAILED"), r.stderr);
  }

  record Result(int code, String stdout, String stderr) {}

  static Result submit(String mode, List<String> sparkArgs, String... parallaxArgs) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("jobs/spark-submit.sh", "--master", master, "--deploy-mode", mode,
        "--driver-memory", "1g", "--conf", "spark.executor.memory=1g"));
    cmd.addAll(sparkArgs);
    cmd.add("--");
    cmd.addAll(List.of(parallaxArgs));
    Path stdout = Files.createTempFile(WORK, "submit", ".out");
    Path stderr = Files.createTempFile(WORK, "submit", ".err");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    env(pb.environment());
    int code = pb.start().waitFor();
    return new Result(code, Files.readString(stdout), Files.readString(stderr));
  }

  static void assertTwoStories(Path out) {
    List<List<String>> clusters = DuckDb.query("SELECT string_agg(substr(article_id, 1, 3), ',' ORDER BY article_id) "
        + "FROM " + DuckDb.table(out, "articles") + " GROUP BY cluster_id ORDER BY 1");
    assertEquals(List.of(List.of("000,003"), List.of("001,002,004")), clusters);
  }

  static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
  }

  static Process daemon(Path log, String mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(Files.readAllLines(Path.of("conf/jvm.options")).stream().map(String::strip)
        .filter(l -> !l.isEmpty()).toList());
    cmd.addAll(List.of("-Xmx512m", "-cp", SPARK_HOME.resolve("jars") + "/*", mainClass));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    env(pb.environment());
    return pb.start();
  }

  static void env(Map<String, String> env) {
    env.put("SPARK_HOME", SPARK_HOME.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("JAVA_HOME", System.getProperty("java.home"));
  }

  static void awaitLine(Path log, String text, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no \"" + text + "\" in " + log + " after " + seconds + " s:\n"
        + (Files.exists(log) ? Files.readString(log) : "(no log)"));
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try (var s = Files.list(p)) {
        for (Path c : s.toList()) {
          deleteRecursively(c);
        }
      }
    }
    Files.delete(p);
  }
}
