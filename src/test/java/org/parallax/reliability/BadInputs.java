package org.parallax.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.parallax.report.DuckDb;

/**
 * Writes a corpus that mixes good articles with every kind of bad and odd input the reliability suite
 * covers, and says for each what must become of it: accepted under an id, or rejected with a reason at
 * a file (and line). Each kind is one {@link Case}; the inputs are three folders and two single files.
 */
final class BadInputs {
  /** What must become of one kind of input. */
  record Case(String kind, String expectId, String rejectFile, Long rejectLine, String rejectReason) {
    static Case accepted(String kind, String id) {
      return new Case(kind, id, null, null, null);
    }

    static Case rejected(String kind, String file, Long line, String reason) {
      return new Case(kind, null, file, line, reason);
    }
  }

  final List<Case> cases = new ArrayList<>();
  final List<Path> inputs = new ArrayList<>();
  private int serial;

  /** A good article body: distinct words so that no two are alike, long enough to keep. */
  String body(String topic) {
    serial++;
    return "Officials in " + topic + " said on Tuesday that talks number " + serial + " would continue, after "
        + "negotiators met for several hours to discuss trade, security and the next round of meetings.";
  }

  String line(String id, String text, String extra) {
    return "{\"id\": \"" + id + "\", \"outlet\": \"Wire " + (serial % 3) + "\", \"title\": \"Story " + id
        + "\"" + extra + ", \"text\": \"" + text + "\"}";
  }

  BadInputs(Path root) throws IOException {
    Path jsonl = Files.createDirectories(root.resolve("jsonl"));
    Path texts = Files.createDirectories(root.resolve("texts"));
    Path mixed = Files.createDirectories(root.resolve("mixed"));
    inputs.add(jsonl);
    inputs.add(texts);
    inputs.add(mixed);

    // --- JSONL lines, one file ---
    List<byte[]> lines = new ArrayList<>();
    lines.add(utf8(line("good-1", body("Lagos"), "")));
    cases.add(Case.accepted("good JSONL line", "good-1"));
    lines.add(utf8(line("two-a", body("Lima"), "") + line("two-b", body("Quito"), "")));
    cases.add(Case.accepted("two JSON objects on one line (first)", "two-a"));
    cases.add(Case.accepted("two JSON objects on one line (second)", "two-b"));
    lines.add(utf8(line("garbage", body("Oslo"), "") + " trailing garbage"));
    cases.add(Case.rejected("an object followed by garbage", "a.jsonl", 3L, "malformed_json"));
    lines.add(utf8("{\"id\": \"cut\", \"text\": \"Blinken arrived in"));
    cases.add(Case.rejected("truncated line", "a.jsonl", 4L, "malformed_json"));
    lines.add(utf8("{\"id\": \"wrong\", \"text\": {\"body\": \"x\"}}"));
    cases.add(Case.rejected("wrong type", "a.jsonl", 5L, "wrong_type"));
    lines.add(utf8("{\"id\": \"nulltext\", \"text\": null}"));
    cases.add(Case.rejected("null text", "a.jsonl", 6L, "missing_text"));
    lines.add(utf8("{\"id\": \"blank\", \"text\": \" \\t \"}"));
    cases.add(Case.rejected("whitespace text", "a.jsonl", 7L, "empty_text"));
    lines.add(utf8(""));
    cases.add(Case.rejected("blank line", "a.jsonl", 8L, "empty_record"));
    lines.add(utf8("{\"id\": \"nul\", \"text\": \"a raw \u0000 byte in a string is not JSON\"}"));
    cases.add(Case.rejected("NUL byte", "a.jsonl", 9L, "malformed_json"));
    lines.add(utf8(line("good-1", body("Accra"), "")));
    cases.add(Case.rejected("duplicate id", "a.jsonl", 10L, "duplicate_id"));
    lines.add(utf8("{\"id\": \"  Ünïcødé id / with spaces  \", \"text\": \"" + body("Kyiv") + "\"}"));
    cases.add(Case.accepted("odd id (Unicode, slash, padded)", "Ünïcødé id / with spaces"));
    lines.add(utf8("{\"id\": 12345, \"text\": \"" + body("Hanoi") + "\"}"));
    cases.add(Case.accepted("numeric id", "12345"));
    lines.add(utf8("{\"id\": \"deep\", \"x\": " + "[".repeat(1200) + "]".repeat(1200) + ", \"text\": \"t\"}"));
    cases.add(Case.rejected("deep nesting", "a.jsonl", 13L, "malformed_json"));
    byte[] latin = line("latin1", "Caf\u00e9 owners in S\u00e3o Paulo said prices " + body("Recife"), "")
        .getBytes(Charset.forName("windows-1252"));
    lines.add(latin);
    cases.add(Case.accepted("Windows-1252 bytes in a JSONL line", "latin1"));
    lines.add(utf8(line("ancient", body("Rome"), ", \"date\": \"0001-01-01\"")));
    cases.add(Case.accepted("date before 1582", "ancient"));
    lines.add(utf8(line("rfc", body("Paris"), ", \"date\": \"Fri, 5 Apr 2024 09:30:00 GMT\"")));
    cases.add(Case.accepted("RFC 2822 date with a one-digit day", "rfc"));
    lines.add(utf8(line("baddate", body("Bern"), ", \"date\": \"yesterday\"")));
    cases.add(Case.rejected("unparseable date", "a.jsonl", 17L, "bad_date"));
    lines.add(utf8("{\"id\": \"cr\",\r \"text\": \"" + body("Cairo") + "\"}"));
    cases.add(Case.accepted("bare CR between fields", "cr"));
    lines.add(utf8("{\"id\": \"crlf\", \"text\": \"" + body("Doha") + "\"}\r"));
    cases.add(Case.accepted("CRLF line end", "crlf"));
    lines.add(utf8("{\"id\": \"cr-in-string\", \"text\": \"one\rtwo\"}"));
    cases.add(Case.rejected("bare CR inside a string (not JSON)", "a.jsonl", 20L, "malformed_json"));
    lines.add(utf8(line("after-cr", body("Tunis"), "")));
    cases.add(Case.accepted("line after the bare CR keeps its number", "after-cr"));
    lines.add(utf8("{\"text\": \"" + body("Dakar") + "\"}"));
    cases.add(Case.accepted("no id: content hash", null));
    lines.add(utf8("[1, 2, 3]"));
    cases.add(Case.rejected("JSON array, not an object", "a.jsonl", 23L, "malformed_json"));
    lines.add(utf8(line("mojibake", "The diplomats \u00e2\u20ac\u0153discussed\u00e2\u20ac\u009d the " + body("Seoul"), "")));
    cases.add(Case.accepted("mojibake (UTF-8 read as Windows-1252)", "mojibake"));
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    lines.set(0, concat(bom, lines.get(0)));
    write(jsonl.resolve("a.jsonl"), lines);

    // --- JSONL files ---
    Path deep = Files.createDirectories(jsonl.resolve("2024/01"));
    Files.writeString(deep.resolve("deep.jsonl"), line("subfolder", body("Riga"), "") + "\n");
    cases.add(Case.accepted("JSONL in a sub-folder", "subfolder"));
    byte[] gz = gzip(utf8(line("gz-1", body("Baku"), "") + "\n" + line("gz-2", body("Minsk"), "") + "\n"
        + line("gz-3", body("Tbilisi"), "") + "\n" + "x".repeat(20000) + "\n"));
    Files.write(jsonl.resolve("good.jsonl.gz"), gz);
    cases.add(Case.rejected("gzip holds a long non-JSON line", "good.jsonl.gz", 4L, "malformed_json"));
    cases.add(Case.accepted("gzipped JSONL", "gz-2"));
    StringBuilder noise = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 4000; i++) {
      noise.append(Long.toHexString(random.nextLong())).append(' ');
    }
    byte[] truncatedSource = gzip(utf8(line("tr-1", body("Yerevan"), "") + "\n" + noise));
    Files.write(jsonl.resolve("truncated.jsonl.gz"), Arrays.copyOf(truncatedSource, truncatedSource.length / 2));
    cases.add(Case.accepted("truncated gzip: lines before the break", "tr-1"));
    cases.add(Case.rejected("truncated gzip", "truncated.jsonl.gz", 2L, "unreadable_file"));
    Files.writeString(jsonl.resolve("notgzip.jsonl.gz"), line("ng", body("Sofia"), ""));
    cases.add(Case.rejected("named .gz, not gzip", "notgzip.jsonl.gz", null, "unreadable_file"));
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(bomb)) {
      o.write(utf8(line("bomb-1", body("Male"), "") + "\n"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 48; i++) {
        o.write(zeros);
      }
    }
    Files.write(jsonl.resolve("bomb.jsonl.gz"), bomb.toByteArray());
    cases.add(Case.accepted("gzip bomb: lines before the limit", "bomb-1"));
    cases.add(Case.rejected("gzip bomb (48 MiB of zeros)", "bomb.jsonl.gz", 2L, "decompression_limit"));
    Files.write(jsonl.resolve("utf16.jsonl"), concat(new byte[] {(byte) 0xff, (byte) 0xfe},
        (line("utf16", body("Lhasa"), "") + "\n").getBytes(StandardCharsets.UTF_16LE)));
    cases.add(Case.accepted("UTF-16LE JSONL with a byte-order mark", "utf16"));
    Files.write(jsonl.resolve("utf32.jsonl"), concat(new byte[] {0, 0, (byte) 0xfe, (byte) 0xff},
        (line("utf32", body("Thimphu"), "") + "\n").getBytes(Charset.forName("UTF-32BE"))));
    cases.add(Case.accepted("UTF-32BE JSONL with a byte-order mark", "utf32"));
    // The suite runs with input.max_record_mb=1.
    Files.writeString(jsonl.resolve("huge.jsonl"), line("huge-ok", "word ".repeat(150_000) + body("Bonn"), "") + "\n"
        + line("too-huge", "word ".repeat(300_000) + body("Ulm"), "") + "\n" + line("after-huge", body("Graz"), "") + "\n");
    cases.add(Case.accepted("750 KB text, under the limit", "huge-ok"));
    cases.add(Case.rejected("1.5 MB line, over input.max_record_mb", "huge.jsonl", 2L, "record_too_large"));
    cases.add(Case.accepted("the line after an over-long one", "after-huge"));
    Files.write(jsonl.resolve("empty.jsonl"), new byte[0]);
    cases.add(Case.rejected("0-byte JSONL file", "empty.jsonl", null, "empty_file"));
    Files.writeString(jsonl.resolve(".hidden.jsonl"), line("hidden", body("Nuuk"), ""));
    Files.writeString(jsonl.resolve("_SUCCESS"), "");
    Files.writeString(jsonl.resolve("report.pdf"), "%PDF-1.4 not an article");
    cases.add(Case.rejected("unsupported extension (.pdf)", "report.pdf", null, "unsupported_file"));
    DuckDb.execute("COPY (SELECT gen_random_uuid() AS id, 'An article whose id is a DuckDB UUID column' AS text) TO '"
        + jsonl.resolve("uuid.parquet") + "' (FORMAT parquet)");
    cases.add(Case.rejected("Parquet with a UUID column", "uuid.parquet", null, "unreadable_file"));
    DuckDb.execute("COPY (SELECT 'pq-1' AS id, 'Parquet Daily' AS outlet, '" + body("Perth")
        + "' AS text) TO '" + jsonl.resolve("good.parquet") + "' (FORMAT parquet)");
    cases.add(Case.accepted("Parquet beside JSONL in one folder", "pq-1"));

    // --- text folder with a sidecar ---
    Files.writeString(texts.resolve("plain.txt"), body("Nairobi"));
    cases.add(Case.accepted("text file", "plain"));
    Files.write(texts.resolve("empty.txt"), new byte[0]);
    cases.add(Case.rejected("0-byte text file", "empty.txt", null, "empty_file"));
    Files.writeString(texts.resolve("a:b.txt"), body("Harare"));
    cases.add(Case.accepted("file name with a colon", "a:b"));
    Files.write(texts.resolve("image.txt"), concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
        new byte[64]));
    cases.add(Case.rejected("binary file named .txt", "image.txt", null, "binary_file"));
    Files.write(texts.resolve("nuls"), concat(utf8("text then "), new byte[] {0, 0, 0, 1, 2}));
    cases.add(Case.rejected("NUL bytes in a text file", "nuls", null, "binary_file"));
    Files.write(texts.resolve("zipped.txt.gz"), gzip(utf8(body("Kampala"))));
    cases.add(Case.accepted("gzipped text file", "zipped"));
    Files.write(texts.resolve("latin.txt"), ("Caf\u00e9 de la Paix: " + body("Lyon")).getBytes(StandardCharsets.ISO_8859_1));
    cases.add(Case.accepted("Latin-1 text file", "latin"));
    Files.write(texts.resolve("wide.txt"), concat(new byte[] {(byte) 0xfe, (byte) 0xff},
        body("Macau").getBytes(StandardCharsets.UTF_16BE)));
    cases.add(Case.accepted("UTF-16BE text file", "wide"));
    Files.writeString(texts.resolve("_metadata.csv"), "file,outlet,date,title\n"
        + "plain.txt,Nairobi News,2024-04-26,\"Talks, again\"\n"
        + "a:b.txt,Harare Herald,2024-04-27,too,many,columns\n"
        + "latin.txt,Lyon Soir,2024-04-28,Paix\n");
    cases.add(Case.rejected("malformed sidecar row", "_metadata.csv", 3L, "malformed_sidecar"));

    // --- a folder of mixed formats ---
    Files.writeString(mixed.resolve("m.jsonl"), line("mixed-1", body("Accra"), "") + "\n"
        + line("mixed-2", body("Abuja"), "") + "\n");
    cases.add(Case.accepted("JSONL in a mixed folder is read line by line", "mixed-2"));
    Files.writeString(mixed.resolve("notes.md"), "# Notes\n\n" + body("Dublin"));
    cases.add(Case.accepted("a .md file in a mixed folder is a text article", "notes"));
    Files.writeString(mixed.resolve(".DS_Store"), "junk");

    // --- single-file inputs ---
    Path crlf = root.resolve("windows.jsonl");
    Files.writeString(crlf, line("win-1", body("Delhi"), "") + "\r\n" + line("win-2", body("Pune"), "") + "\r\n");
    inputs.add(crlf);
    cases.add(Case.accepted("CRLF file", "win-2"));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(bytes)) {
      o.write(data);
    }
    return bytes.toByteArray();
  }

  private static void write(Path file, List<byte[]> lines) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] l : lines) {
      bytes.write(l);
      bytes.write('\n');
    }
    Files.write(file, bytes.toByteArray());
  }
}
