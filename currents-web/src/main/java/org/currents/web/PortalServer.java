package org.currents.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.List;
import org.currents.model.Portal;
import org.currents.model.PortalEvent;
import org.currents.web.api.ApiJson;
import org.currents.web.feed.AtomFeed;
import org.currents.web.html.Pages;
import org.currents.web.search.EventIndex;
import org.currents.web.search.Hit;
import org.currents.web.search.SearchQuery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web portal over HTTP on a loopback address: HTML pages, the JSON API under {@code /api/v1},
 * the Atom feed, and {@code POST /admin/rebuild}. The portal is built once at start and held
 * immutably; a rebuild swaps it whole, so a request sees one portal from start to end.
 *
 * <p>Every response carries an ETag (a hash of its body) and Cache-Control, and a request whose
 * If-None-Match matches gets 304. Errors map to statuses in one place ({@link #routes}): an
 * unknown page is 404, a bad query parameter 400. Thread safe; {@link #close} stops the server.
 */
public final class PortalServer implements AutoCloseable {
  /** Hits on the search page. */
  static final int SEARCH_HITS = 50;

  private static final Logger LOG = LoggerFactory.getLogger(PortalServer.class);

  /** How long clients and proxies may reuse a response: the portal only changes on a rebuild. */
  static final String CACHE_CONTROL = "public, max-age=60";

  /** HTML pages may load only the site's stylesheet and web images: no script runs, whatever a page holds. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; img-src http: https:; base-uri 'none'; form-action 'self'";

  private record Views(
      PortalSite site, Pages pages, ApiJson api, AtomFeed feed, EventIndex index, RenderCache cache) {
    static Views of(Portal portal, Clock clock) {
      PortalSite site = new PortalSite(portal);
      return new Views(
          site,
          new Pages(site, clock),
          new ApiJson(site),
          new AtomFeed(site),
          new EventIndex(portal),
          new RenderCache(clock));
    }

    List<Hit> search(SearchQuery query, int limit) {
      return index.search(query, limit);
    }

    List<PortalEvent> events(List<Hit> hits) {
      return hits.stream().map(h -> site.event(h.eventId()).orElseThrow()).toList();
    }
  }

  private final Supplier<Portal> builder;
  private final Clock clock;
  private final AtomicReference<Views> views;
  private final byte[] css;
  private final byte[] openApi;
  private final Javalin app;

  private PortalServer(Supplier<Portal> builder, Clock clock) {
    this.builder = builder;
    this.clock = clock;
    this.views = new AtomicReference<>(Views.of(builder.get(), clock));
    this.css = resource("style.css");
    this.openApi = resource("openapi.json");
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.router.ignoreTrailingSlashes = true;
            });
    routes(app);
  }

  /**
   * Builds the portal with {@code builder} and serves it on {@code host:port} ({@code port} 0 picks
   * a free one). The builder runs again on each {@code POST /admin/rebuild}.
   */
  public static PortalServer start(Supplier<Portal> builder, String host, int port, Clock clock) {
    PortalServer server = new PortalServer(builder, clock);
    server.app.start(host, port);
    return server;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes(Javalin app) {
    app.get("/", ctx -> {
      Views v = views.get();
      html(ctx, v.cache().get("/", () -> v.pages().home()));
    });
    app.get("/style.css", ctx -> send(ctx, "text/css; charset=utf-8", css));
    app.get("/feed.atom", ctx -> atom(ctx, views.get().feed().latest(origin(ctx))));
    app.get("/news/undated", ctx -> day(ctx, null));
    app.get("/news/{y}/{m}/{d}", ctx -> day(ctx, date(ctx)));
    app.get("/news/{y}/{m}/{d}/{slug}", ctx -> {
      Views v = views.get();
      v.site().eventAt(ctx.path()).ifPresentOrElse(
          e -> html(ctx, v.pages().event(e)),
          () -> ctx.redirect(v.site().redirect(ctx.path()).orElseThrow(NotFoundResponse::new),
              HttpStatus.MOVED_PERMANENTLY));
    });
    app.get("/news/undated/{slug}", ctx -> {
      Views v = views.get();
      html(ctx, v.pages().event(v.site().eventAt(ctx.path()).orElseThrow(NotFoundResponse::new)));
    });
    app.get("/entity/{slug}/feed.atom", ctx -> {
      Views v = views.get();
      atom(ctx, v.feed().entity(origin(ctx), v.site().entityAt(pagePath(ctx)).orElseThrow(NotFoundResponse::new)));
    });
    app.get("/story/{slug}/feed.atom", ctx -> {
      Views v = views.get();
      atom(ctx, v.feed().story(origin(ctx), v.site().storyAt(pagePath(ctx)).orElseThrow(NotFoundResponse::new)));
    });
    app.get("/outlet/{slug}", ctx -> {
      Views v = views.get();
      html(ctx, v.pages().outlet(v.site().outletAt(ctx.path()).orElseThrow(NotFoundResponse::new)));
    });
    app.get("/entity/{slug}", ctx -> {
      Views v = views.get();
      html(ctx, v.pages().entity(v.site().entityAt(ctx.path()).orElseThrow(NotFoundResponse::new)));
    });
    app.get("/story/{slug}", ctx -> {
      Views v = views.get();
      html(ctx, v.pages().story(v.site().storyAt(ctx.path()).orElseThrow(NotFoundResponse::new)));
    });
    app.get("/search", ctx -> {
      SearchQuery q = searchQuery(ctx);
      Views v = views.get();
      html(ctx, v.cache().get(q.toString(), () -> v.pages().search(q, v.search(q, SEARCH_HITS))));
    });
    app.get("/api/v1/search", ctx -> {
      SearchQuery q = searchQuery(ctx);
      Views v = views.get();
      json(ctx, v.api().search(q.text(), v.events(v.search(q, intParam(ctx, "limit", 20)))));
    });
    app.get("/api/v1/openapi.json", ctx -> send(ctx, "application/json", openApi));
    app.get("/api/v1/events", ctx -> json(ctx, views.get().api().events(window(ctx))));
    app.get("/api/v1/events/{id}", ctx -> {
      Views v = views.get();
      json(ctx, v.api().event(v.site().event(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new)));
    });
    app.get("/api/v1/entities", ctx -> json(ctx, views.get().api().entities(window(ctx))));
    app.get("/api/v1/entities/{name}", ctx -> {
      Views v = views.get();
      json(ctx, v.api().entity(v.site().entity(ctx.pathParam("name")).orElseThrow(NotFoundResponse::new)));
    });
    app.get("/api/v1/stories", ctx -> json(ctx, views.get().api().stories(window(ctx))));
    app.post("/admin/rebuild", ctx -> {
      views.set(Views.of(builder.get(), clock));
      ctx.contentType("text/plain; charset=utf-8")
          .result("rebuilt: " + views.get().site().portal().events().size() + " events\n");
    });

    // The one place where failures become statuses.
    app.exception(IllegalArgumentException.class, (e, ctx) -> problem(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
    });
    app.error(HttpStatus.NOT_FOUND, ctx -> {
      if (ctx.path().startsWith("/api/")) {
        problem(ctx, HttpStatus.NOT_FOUND, "not found: " + ctx.path());
      } else {
        ctx.contentType("text/html; charset=utf-8").result(views.get().pages().notFound());
      }
    });
  }

  private void day(Context ctx, @Nullable LocalDate day) {
    Views v = views.get();
    if (!v.site().days().contains(day)) {
      throw new NotFoundResponse();
    }
    html(ctx, v.pages().day(day));
  }

  /** The day a {@code /news/Y/M/D} path names; a path that is not a date is not a page. */
  private static LocalDate date(Context ctx) {
    try {
      return LocalDate.of(
          Integer.parseInt(ctx.pathParam("y")),
          Integer.parseInt(ctx.pathParam("m")),
          Integer.parseInt(ctx.pathParam("d")));
    } catch (RuntimeException e) {
      throw new NotFoundResponse();
    }
  }

  /** {@code q}, and the filters {@code from}, {@code to} (ISO days), {@code entity}, {@code outlet}. */
  private static SearchQuery searchQuery(Context ctx) {
    return new SearchQuery(
        Objects.requireNonNullElse(ctx.queryParam("q"), ""),
        dayParam(ctx, "from"),
        dayParam(ctx, "to"),
        ctx.queryParam("entity"),
        ctx.queryParam("outlet"));
  }

  private static @Nullable LocalDate dayParam(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not a day (YYYY-MM-DD): " + value, e);
    }
  }

  private static ApiJson.Window window(Context ctx) {
    return new ApiJson.Window(intParam(ctx, "offset", 0), intParam(ctx, "limit", 20));
  }

  private static int intParam(Context ctx, String name, int otherwise) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: " + value, e);
    }
  }

  private static void problem(Context ctx, HttpStatus status, @Nullable String detail) {
    String escaped = Objects.requireNonNullElse(detail, "").replace("\\", "\\\\").replace("\"", "\\\"");
    ctx.status(status).contentType("application/json").result(
        "{\"status\":" + status.getCode() + ",\"detail\":\"" + escaped + "\"}");
  }

  private static String origin(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  /** The page a {@code .../feed.atom} path is the feed of. */
  private static String pagePath(Context ctx) {
    return ctx.path().substring(0, ctx.path().length() - "/feed.atom".length());
  }

  private static void atom(Context ctx, String feed) {
    send(ctx, "application/atom+xml; charset=utf-8", feed);
  }

  private static void html(Context ctx, String page) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    send(ctx, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
  }

  private static void json(Context ctx, String body) {
    send(ctx, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(Context ctx, String type, String body) {
    send(ctx, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(Context ctx, String type, byte[] body) {
    String etag = "\"" + HexFormat.of().formatHex(sha256(body), 0, 12) + "\"";
    ctx.header("ETag", etag).header("Cache-Control", CACHE_CONTROL).header("X-Content-Type-Options", "nosniff");
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(type).result(body);
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = PortalServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
