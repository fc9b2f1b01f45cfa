package org.currents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.currents.model.Article;
import org.currents.store.ArticleStore;
import org.currents.store.StoreLocation;
import org.currents.store.Stores;
import org.currents.testkit.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code sources} and {@code watch} against a real feed server on loopback. */
class WatchSourcesTest {
  @TempDir Path dir;

  private static String page(String title, String topic) {
    return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
        + ("<p>The " + topic + " committee met on Tuesday to discuss the plan for the coming year,"
            + " and members said the " + topic + " budget would grow by a tenth.</p>").repeat(4)
        + "</article></body></html>";
  }

  @Test
  void watchReadsOnlyWhatIsNewAndRecordsAFailingSourceWithoutStopping() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
      server.page("/a", "text/html; charset=utf-8", page("Water plan", "water"));
      server.page("/b", "text/html; charset=utf-8", page("Road plan", "road"));
      String rss =
          "<rss version=\"2.0\"><channel><title>Town News</title>"
              + "<item><title>Water</title><link>" + server.url("/a") + "</link></item>"
              + "<item><title>Road</title><link>" + server.url("/b") + "</link></item>"
              + "</channel></rss>";
      server.route(
          "/feed.xml",
          ex -> {
            if ("\"1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
              LoopbackServer.send(ex, 304, "application/rss+xml", new byte[0]);
            } else {
              ex.getResponseHeaders().set("ETag", "\"1\"");
              LoopbackServer.send(ex, 200, "application/rss+xml", rss.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
          });
      String data = dir.resolve("data").toString();
      String feed = server.url("/feed.xml");
      String missing = server.url("/missing.xml");
      assertEquals(0, Cli.run("--data", data, "sources", "add", feed, missing).exitCode());
      assertTrue(Cli.run("--data", data, "sources", "list").out().contains("never read"));

      Cli first = Cli.run("--data", data, "watch", "--once", "--allow-address", "127.0.0.1");
      assertEquals(1, first.exitCode(), first.err());
      String listed = Cli.run("--data", data, "sources", "list").out();
      assertTrue(listed.contains(feed + "\tok\t"), listed);
      assertTrue(listed.contains(missing + "\tfetch-failed\t") && listed.contains("HTTP status 404"), listed);
      try (Stores stores = Stores.open(StoreLocation.embedded(Path.of(data)))) {
        ArticleStore store = stores.articles();
        List<Article> articles = store.articles();
        assertEquals(2, articles.size());
        Article a = articles.get(0);
        assertEquals("feed", a.provenance().origin().kind());
        assertEquals(feed, a.provenance().origin().location());
        assertEquals(200, a.provenance().origin().httpStatus());
        assertEquals(server.url("/a"), a.provenance().fetchedUrl());
        assertEquals("127.0.0.1", a.domain());
      }

      assertEquals(0, Cli.run("--data", data, "sources", "remove", missing).exitCode());
      Cli second = Cli.run("--data", data, "watch", "--once", "--allow-address", "127.0.0.1");
      assertEquals(0, second.exitCode(), second.err());
      assertEquals(1, server.hits("/a"), "an unchanged feed's pages are not fetched again");
      assertEquals(2, server.hits("/feed.xml"));
    }
  }

  @Test
  void ingestRefusesLoopbackUrlsByDefault() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.page("/a", "text/html", page("Water plan", "water"));
      Cli cli = Cli.run("--data", dir.resolve("d").toString(), "ingest", server.url("/a"));
      assertEquals(1, cli.exitCode());
      assertTrue(cli.err().contains("blocked"), cli.err());
      assertEquals(0, server.hits("/a"));
    }
  }

  @Test
  void ingestReadsAWarcGzIntoTheStoreWithItsRecordIdAndStatus() throws Exception {
    Path warc = dir.resolve("news.warc.gz");
    try (WarcWriter w =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      byte[] body = page("Water plan", "water").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      w.write(
          new WarcResponse.Builder(URI.create("https://town.example/water"))
              .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), body).build())
              .build());
    }
    String data = dir.resolve("warc-data").toString();
    Cli cli = Cli.run("--data", data, "ingest", warc.toString());
    assertEquals(0, cli.exitCode(), cli.err());
    try (Stores stores = Stores.open(StoreLocation.embedded(Path.of(data)))) {
      ArticleStore store = stores.articles();
      Article a = store.articles().get(0);
      assertEquals("https://town.example/water", a.provenance().fetchedUrl());
      assertEquals("warc", a.provenance().origin().kind());
      assertTrue(a.provenance().origin().record().startsWith("urn:uuid:"));
      assertEquals(200, a.provenance().origin().httpStatus());
      assertEquals("town.example", a.domain());
    }
  }
}
