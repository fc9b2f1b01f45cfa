package org.currents.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.currents.model.Entity;
import org.currents.model.Portal;
import org.currents.model.PortalEvent;
import org.currents.model.Story;
import org.currents.web.api.ApiJson;
import org.currents.web.feed.AtomFeed;
import org.currents.web.html.Pages;
import org.currents.web.search.CachedEventSearch;
import org.currents.web.search.EventIndex;
import org.currents.web.search.EventSearch;
import org.currents.web.search.Suggestions;
import org.currents.web.search.SearchQuery;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web portal over HTTP on a loopback address: HTML pages, the JSON API under {@code /api/v1},
 * the Atom feed, and {@code POST /admin/rebuild}. The portal is built once at start and held
 * immutably; a rebuild swaps it whole, so a request sees one portal from start to end.
 *
 * <p>Every response carries an ETag (a hash of its body) and Cache-Control, and a request whose
 * If-None-Match matches gets 304. Bodies go out whole with their length, gzipped for a client
 * that accepts it (a page kept rendered is compressed once), with an ETag per form. Errors map to
 * statuses in one place ({@link Failures}): an unknown page is 404, a bad parameter 400
 * ({@link BadRequest}), anything else 500; HTML pages answer with an HTML page, the API with a
 * JSON problem. Thread safe; {@link #close} stops the
 * server.
 */
public final class PortalServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PortalServer.class);
  /** Hits on one search page. */
  private static final int SEARCH_HITS = Pages.PAGE_OF_HITS;

  /**
   * Search windows kept per portal ({@link CachedEventSearch}): about 15 KB each. What is kept is
   * live at every young collection and copied by it: at 4,096 (60 MB) the cache was most of the 25
   * to 35 MB that each young pause copied under a stream of distinct searches (GC log, 100k bench).
   */
  private static final int SEARCHES_KEPT = 1_024;

  /** Threads running requests: two per core, so one can write a response while another computes. */
  private static final int REQUEST_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

  /** Threads Jetty leases from the pool for accepting and selecting: more than it needs on small machines. */
  private static final int JETTY_OWN_THREADS = 4;

  /** Smaller bodies are sent as they are: about one packet, where gzip saves nothing worth its cost. */
  private static final int MIN_GZIP_BYTES = 1_500;

  /** How long clients and proxies may reuse a response: the portal only changes on a rebuild. */
  static final String CACHE_CONTROL = "public, max-age=60";

  /**
   * HTML pages may load only the site's stylesheet, its one script (search suggestions) and web
   * images, and may call only the site itself: no inline script runs, whatever a page holds.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src http: https:;"
          + " base-uri 'none'; form-action 'self'";

  private record Views(
      PortalSite site,
      Pages pages,
      ApiJson api,
      AtomFeed feed,
      CachedEventSearch search,
      Suggestions suggestions,
      RenderCache<Body> cache) {
    static Views of(Portal portal, Clock clock) {
      PortalSite site = new PortalSite(portal);
      return new Views(
          site,
          new Pages(site, clock),
          new ApiJson(site),
          new AtomFeed(site),
          new CachedEventSearch(new EventIndex(portal), SEARCHES_KEPT),
          new Suggestions(site),
          new RenderCache<>(clock));
    }

    /** The same views with nothing cached. */
    Views emptied(Clock clock) {
      return new Views(site, pages, api, feed, search.emptied(), suggestions, new RenderCache<>(clock));
    }
  }

  private final Supplier<Portal> builder;
  private final Clock clock;
  private final AtomicReference<Views> views;
  private final Body css;
  private final Body openApi;
  private final Body script;
  private final Javalin app;
  private final List<String> routes = new CopyOnWriteArrayList<>();

  private PortalServer(Supplier<Portal> builder, Clock clock) {
    this.builder = builder;
    this.clock = clock;
    this.views = new AtomicReference<>(Views.of(builder.get(), clock));
    this.css = new Body(resource("style.css"));
    this.openApi = new Body(resource("openapi.json"));
    this.script = new Body(resource("suggest.js"));
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              // The portal compresses what it sends itself (send), once per page kept rendered.
              config.http.disableCompression();
              config.jetty.threadPool = threadPool();
              config.router.ignoreTrailingSlashes = true;
              config.events(e -> e.handlerAdded(h -> routes.add(h.getPath())));
            });
    addRoutes(app);
  }

  /**
   * Builds the portal with {@code builder} and serves it on {@code host:port} ({@code port} 0 picks
   * a free one); the builder runs again on each {@code POST /admin/rebuild}. Before it returns, it
   * sends itself {@code warmSearches} searches ({@link SearchWarmup}): some thousands
   * let the JIT compile the path of a request, so the first readers do not pay for it. A rebuild
   * does not warm: by then the code is compiled.
   */
  public static PortalServer start(Supplier<Portal> builder, String host, int port, Clock clock, int warmSearches) {
    if (warmSearches < 0) {
      throw new IllegalArgumentException("warmSearches must be >= 0: " + warmSearches);
    }
    PortalServer server = new PortalServer(builder, clock);
    server.app.start(host, port);
    if (warmSearches > 0) {
      server.warm(warmSearches);
    }
    return server;
  }

  private void warm(int searches) {
    Views v = views.get();
    SearchWarmup.run(app.jettyServer().server(), SearchWarmup.paths(v.site(), searches));
    // The warm-up's hits and pages are not what readers asked for: they start with empty caches.
    views.compareAndSet(v, v.emptied(clock));
  }

  /**
   * Request threads near the core count, queued in arrival order beyond them: the portal's work is
   * CPU bound (pages come from memory), so 50 connections on 50 threads only time-slice two cores,
   * and every request then finishes late, where with a few threads the early ones finish early
   * and the queue's wait is all the rest see. Jetty takes {@link #JETTY_OWN_THREADS} of the pool
   * for itself (acceptor, selector, reserved).
   */
  private static QueuedThreadPool threadPool() {
    int threads = REQUEST_THREADS + JETTY_OWN_THREADS;
    QueuedThreadPool pool = new QueuedThreadPool(threads, threads);
    pool.setName("PortalRequests");
    return pool;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The paths routed, as declared ({@code /api/v1/events/{id}}), in order: what the API document must list. */
  List<String> routes() {
    return List.copyOf(routes);
  }

  @Override
  public void close() {
    app.stop();
  }

  private void addRoutes(Javalin app) {
    app.get("/", ctx -> {
      Views v = views.get();
      html(ctx, v.cache().get("/", () -> Body.of(v.pages().home())));
    });
    app.get("/style.css", ctx -> send(ctx, "text/css; charset=utf-8", css));
    app.get("/suggest.js", ctx -> send(ctx, "text/javascript; charset=utf-8", script));
    app.get("/feed.atom", ctx -> atom(ctx, views.get().feed().latest(origin(ctx))));
    app.get("/news/undated", ctx -> day(ctx, null));
    app.get("/news/{y}/{m}/{d}", ctx -> day(ctx, date(ctx)));
    app.get("/news/{y}/{m}/{d}/{slug}", ctx -> {
      Views v = views.get();
      v.site().eventAt(ctx.path()).ifPresentOrElse(
          e -> html(ctx, v.cache().get(ctx.path(), () -> Body.of(v.pages().event(e)))),
          () -> ctx.redirect(v.site().redirect(ctx.path()).orElseThrow(NotFoundResponse::new),
              HttpStatus.MOVED_PERMANENTLY));
    });
    app.get("/news/undated/{slug}", ctx -> {
      Views v = views.get();
      PortalEvent e = found(v.site().eventAt(ctx.path()));
      html(ctx, v.cache().get(ctx.path(), () -> Body.of(v.pages().event(e))));
    });
    app.get("/entity/{slug}/feed.atom", ctx -> {
      Views v = views.get();
      atom(ctx, v.feed().entity(origin(ctx), found(v.site().entityAt(pagePath(ctx)))));
    });
    app.get("/story/{slug}/feed.atom", ctx -> {
      Views v = views.get();
      atom(ctx, v.feed().story(origin(ctx), found(v.site().storyAt(pagePath(ctx)))));
    });
    app.get("/outlet/{slug}", ctx -> {
      Views v = views.get();
      String outlet = found(v.site().outletAt(ctx.path()));
      html(ctx, v.cache().get(ctx.path(), () -> Body.of(v.pages().outlet(outlet))));
    });
    app.get("/entity/{slug}", ctx -> {
      Views v = views.get();
      Entity entity = found(v.site().entityAt(ctx.path()));
      html(ctx, v.cache().get(ctx.path(), () -> Body.of(v.pages().entity(entity))));
    });
    app.get("/story/{slug}", ctx -> {
      Views v = views.get();
      Story story = found(v.site().storyAt(ctx.path()));
      html(ctx, v.cache().get(ctx.path(), () -> Body.of(v.pages().story(story))));
    });
    app.get("/search", ctx -> {
      SearchQuery q = searchQuery(ctx);
      int page = pageParam(ctx);
      Views v = views.get();
      // Not kept rendered: the hits are cached, rendering them is cheap, and a stream of distinct
      // queries would fill the render cache and push home and the event pages out of it.
      html(ctx, new Body(v.pages().search(q, v.search().search(q, (page - 1) * SEARCH_HITS, SEARCH_HITS), page)));
    });
    app.get("/api/v1/openapi.json", ctx -> send(ctx, "application/json", openApi));
    app.get("/api/v1/events", ctx -> json(ctx, views.get().api().events(window(ctx))));
    app.get("/api/v1/events/{id}", ctx -> {
      Views v = views.get();
      json(ctx, v.api().event(found(v.site().event(ctx.pathParam("id")))));
    });
    app.get("/api/v1/days", ctx -> json(ctx, views.get().api().days(window(ctx))));
    app.get("/api/v1/days/{day}/events", ctx -> {
      Views v = views.get();
      String value = ctx.pathParam("day");
      LocalDate day = value.equals("undated") ? null : parseDay("day", value);
      if (!v.site().hasDay(day)) {
        throw new NotFoundResponse();
      }
      json(ctx, v.api().day(day, window(ctx)));
    });
    app.get("/api/v1/entities", ctx -> json(ctx, views.get().api().entities(window(ctx))));
    app.get("/api/v1/entities/{name}", ctx -> {
      Views v = views.get();
      json(ctx, v.api().entity(found(v.site().entity(ctx.pathParam("name")))));
    });
    app.get("/api/v1/entities/{name}/events", ctx -> {
      Views v = views.get();
      json(ctx, v.api().entityEvents(found(v.site().entity(ctx.pathParam("name"))), window(ctx)));
    });
    app.get("/api/v1/stories", ctx -> json(ctx, views.get().api().stories(window(ctx))));
    app.get("/api/v1/stories/{id}", ctx -> {
      Views v = views.get();
      json(ctx, v.api().story(found(v.site().story(ctx.pathParam("id")))));
    });
    app.get("/api/v1/stories/{id}/events", ctx -> {
      Views v = views.get();
      json(ctx, v.api().storyEvents(found(v.site().story(ctx.pathParam("id"))), window(ctx)));
    });
    app.get("/api/v1/articles", ctx -> json(ctx, views.get().api().articles(window(ctx))));
    app.get("/api/v1/articles/{id}", ctx -> {
      Views v = views.get();
      json(ctx, v.api().article(found(Optional.ofNullable(v.site().article(ctx.pathParam("id"))))));
    });
    app.get("/api/v1/outlets", ctx -> json(ctx, views.get().api().outlets(window(ctx))));
    app.get("/api/v1/outlets/{name}/events", ctx -> {
      Views v = views.get();
      String outlet = ctx.pathParam("name");
      if (!v.site().outlets().contains(outlet)) {
        throw new NotFoundResponse();
      }
      json(ctx, v.api().outletEvents(outlet, window(ctx)));
    });
    app.get("/api/v1/search", ctx -> {
      SearchQuery q = searchQuery(ctx);
      ApiJson.Window w = window(ctx);
      Views v = views.get();
      if (w.offset() + w.limit() > EventIndex.MAX_RANK) {
        throw new BadRequest("offset + limit must be at most " + EventIndex.MAX_RANK);
      }
      json(ctx, v.api().search(q, v.search().search(q, w.offset(), w.limit()), w));
    });
    app.get("/api/v1/suggest", ctx -> {
      String typed = Objects.requireNonNullElse(ctx.queryParam("q"), "");
      int limit = intParam(ctx, "limit", 8);
      if (limit < 1 || limit > Suggestions.MAX) {
        throw new BadRequest("limit must be between 1 and " + Suggestions.MAX + ": " + limit);
      }
      Views v = views.get();
      json(ctx, v.api().suggestions(typed, v.suggestions().suggest(typed, limit)));
    });
    app.post("/admin/rebuild", ctx -> {
      views.set(Views.of(builder.get(), clock));
      ctx.contentType("text/plain; charset=utf-8")
          .result("rebuilt: " + views.get().site().portal().events().size() + " events\n");
    });
    Failures.map(app, () -> views.get().pages());
  }

  /** The value, or a 404 when there is none. */
  private static <T> T found(Optional<T> value) {
    return value.orElseThrow(NotFoundResponse::new);
  }

  private void day(Context ctx, @Nullable LocalDate day) {
    Views v = views.get();
    if (!v.site().hasDay(day)) {
      throw new NotFoundResponse();
    }
    html(ctx, v.cache().get(ctx.path(), () -> Body.of(v.pages().day(day))));
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

  /** The {@code page} of search results, from 1, within the deepest rank a search reaches. */
  private static int pageParam(Context ctx) {
    int page = intParam(ctx, "page", 1);
    int last = EventIndex.MAX_RANK / SEARCH_HITS;
    if (page < 1 || page > last) {
      throw new BadRequest("page must be between 1 and " + last + ": " + page);
    }
    return page;
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
    return value == null || value.isBlank() ? null : parseDay(name, value);
  }

  private static LocalDate parseDay(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " is not a day (YYYY-MM-DD): " + value);
    }
  }

  /**
   * The {@code offset} and {@code limit} a list request asks for, and its URL without them, from
   * which the next page's URL is made.
   */
  private static ApiJson.Window window(Context ctx) {
    int offset = intParam(ctx, "offset", 0);
    int limit = intParam(ctx, "limit", 20);
    if (offset < 0 || limit < 1 || limit > ApiJson.MAX_LIMIT) {
      throw new BadRequest(
          "offset must be >= 0 and limit between 1 and " + ApiJson.MAX_LIMIT + ": " + offset + ", " + limit);
    }
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    ctx.queryParamMap().forEach((name, values) -> {
      if (!name.equals("offset") && !name.equals("limit")) {
        values.forEach(value -> query.add(encode(name) + "=" + encode(value)));
      }
    });
    return new ApiJson.Window(offset, limit, ctx.path() + query);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static int intParam(Context ctx, String name, int otherwise) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BadRequest(name + " is not a number: " + value);
    }
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

  /** An HTML page kept rendered, sent without encoding or hashing it again. */
  private static void html(Context ctx, Body page) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    send(ctx, "text/html; charset=utf-8", page);
  }

  private static void json(Context ctx, String body) {
    send(ctx, "application/json", Body.of(body));
  }

  private static void send(Context ctx, String type, String body) {
    send(ctx, type, Body.of(body));
  }

  private static void send(Context ctx, String type, Body body) {
    boolean gzip = body.bytes().length >= MIN_GZIP_BYTES && Negotiation.acceptsGzip(ctx.header("Accept-Encoding"));
    String etag = gzip ? body.gzipEtag() : body.etag();
    ctx.header("ETag", etag).header("Cache-Control", CACHE_CONTROL).header("Vary", "Accept-Encoding")
        .header("X-Content-Type-Options", "nosniff");
    if (Negotiation.notModified(ctx.header("If-None-Match"), etag)) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(type);
    byte[] bytes = body.bytes();
    if (gzip) {
      ctx.header("Content-Encoding", "gzip");
      bytes = body.gzipped();
    }
    // Written here, whole and with its length, rather than set as Javalin's result: Javalin copies a
    // result through a new 32 KB buffer (under load the largest allocation per request, JFR) and
    // sends it chunked, and it would gzip a page kept rendered again on every request.
    ctx.res().setContentLength(bytes.length);
    try {
      ctx.res().getOutputStream().write(bytes);
    } catch (IOException e) {
      // The client went away mid-response (as Javalin treats a client abort when it writes a
      // result): nothing is left to answer, and it is no failure of the server's, so no 500.
      LOG.debug("{} {}: client gone while writing the response", ctx.method(), ctx.path(), e);
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
