package org.currents.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.currents.model.Ingested;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.model.RawPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Sources named by URI on a file system other than the local one, as object storage is reached
 * through its NIO provider: an in-memory one stands in for a bucket.
 */
class ObjectStorageSourcesTest {
  private static final String PAGE =
      "<html><head><title>Harbour reopens</title></head><body><article><p>The harbour reopened on"
          + " Monday after a three-month renovation paid for by the town council.</p></article>"
          + "</body></html>";

  private final FileSystem bucket = Jimfs.newFileSystem("news-bucket", Configuration.unix());

  @AfterEach
  void close() throws IOException {
    bucket.close();
  }

  private static List<Outcome<Ingested>> read(String source) {
    List<Outcome<Ingested>> out = new ArrayList<>();
    FileInputReader.withDefaults().read(source, out::add);
    return out;
  }

  @Test
  void aDirectoryOfWarcAndHtmlFilesIsReadByUriWithEachFileNamedByItsUri() throws IOException {
    Path crawl = Files.createDirectories(bucket.getPath("/crawl/2024/03"));
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(crawl.resolve("CC-NEWS-20240301.warc.gz"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      w.write(
          new WarcResponse.Builder(URI.create("https://news.example/harbour"))
              .date(Instant.parse("2024-03-01T10:00:00Z"))
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("text/html; charset=utf-8"), PAGE.getBytes(StandardCharsets.UTF_8))
                      .build())
              .build());
    }
    Files.writeString(crawl.resolve("extra.html"), PAGE);
    Files.writeString(crawl.resolve("notes.txt"), "not read");

    List<Outcome<Ingested>> got = read("jimfs://news-bucket/crawl/");

    assertEquals(2, got.size(), got.toString());
    RawPage fromWarc = (RawPage) ((Outcome.Ok<Ingested>) got.get(0)).value();
    assertEquals("https://news.example/harbour", fromWarc.url());
    assertEquals("jimfs://news-bucket/crawl/2024/03/CC-NEWS-20240301.warc.gz", fromWarc.origin().location());
    RawPage html = (RawPage) ((Outcome.Ok<Ingested>) got.get(1)).value();
    assertEquals("jimfs://news-bucket/crawl/2024/03/extra.html", html.source());
    assertEquals(PAGE, new String(html.body(), StandardCharsets.UTF_8));
  }

  @Test
  void aSchemeWithoutAFileSystemIsAClearFailureNamingTheMissingProvider() {
    List<Outcome<Ingested>> got = read("s3://commoncrawl/crawl-data/CC-NEWS/2024/03/");
    assertEquals(1, got.size());
    Outcome.Failed<Ingested> failed = assertInstanceOf(Outcome.Failed.class, got.get(0));
    assertEquals(ProblemCode.UNREADABLE, failed.problem().code());
    assertEquals("s3://commoncrawl/crawl-data/CC-NEWS/2024/03/", failed.problem().input());
    assertTrue(failed.problem().detail().contains("no file system for 's3:'"), failed.problem().detail());
  }

  @Test
  void aNameNoFileSystemCanHoldIsAFailureNotAnException() {
    List<Outcome<Ingested>> got = read("bad\u0000name.html");
    Outcome.Failed<Ingested> failed = assertInstanceOf(Outcome.Failed.class, got.get(0));
    assertEquals(ProblemCode.UNREADABLE, failed.problem().code());
  }
}
