package org.fiscallens.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import org.fiscallens.web.chart.ChartRenderer;
import org.fiscallens.web.chart.DepartmentColors;
import org.fiscallens.web.compare.CompareFeature;
import org.fiscallens.web.department.DepartmentFeature;
import org.fiscallens.web.execution.ExecutionFeature;
import org.fiscallens.web.glossary.GlossaryFeature;
import org.fiscallens.web.http.ErrorPages;
import org.fiscallens.web.http.JsonCodec;
import org.fiscallens.web.http.ResponseCache;
import org.fiscallens.web.http.ServerThreads;
import org.fiscallens.web.i18n.Lang;
import org.fiscallens.web.i18n.Messages;
import org.fiscallens.web.items.ItemsFeature;
import org.fiscallens.web.overview.OverviewFeature;
import org.fiscallens.web.page.Directory;
import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Feature;
import org.fiscallens.web.page.Templates;
import org.fiscallens.web.quality.QualityFeature;
import org.fiscallens.web.source.SourceFeature;
import org.fiscallens.web.threepublic.ThreePublicFeature;
import org.fiscallens.web.warehouse.Warehouse;

/**
 * The dashboard, built from its dependencies: the warehouse it reads, the chart renderer and the
 * templates. {@link #start(int)} serves it; {@link #stop()} stops serving (the warehouse stays open
 * for its owner to close).
 */
public final class DashboardApp {
    private final Warehouse warehouse;
    private final Javalin app;
    private final ResponseCache cache;

    public DashboardApp(Warehouse warehouse, ChartRenderer charts, Templates templates, boolean caching) {
        this.warehouse = warehouse;
        Messages messages = new Messages();
        JsonCodec json = new JsonCodec();
        Directory directory = new Directory(warehouse, new DepartmentColors());
        cache = new ResponseCache(warehouse::version, caching);
        warehouse.onVersionChange(v -> {
            directory.refresh();
            cache.clear();
        });
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = false;
            config.jetty.threadPool = ServerThreads.pool();
            config.fileRenderer(templates);
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=3600");
            });
            config.http.defaultContentType = "text/html; charset=utf-8";
        });
        Endpoints endpoints = new Endpoints(app, warehouse, directory, templates, messages, cache, json, charts);
        ErrorPages.install(app, json, (ctx, e) -> {
            Lang lang = "en".equals(ctx.queryParam("lang")) ? Lang.EN : Lang.ZH;
            Map<String, Object> model = Map.of(
                    "status", e.status(),
                    "message", lang == Lang.EN ? e.messageEn() : e.messageZh(),
                    "parameter", e.parameter() == null ? "" : e.parameter());
            return templates.render("error", endpoints.model(ctx, lang, "", model));
        });
        for (Feature f : List.of(new OverviewFeature(), new DepartmentFeature(), new CompareFeature(),
                new ItemsFeature(), new ExecutionFeature(), new ThreePublicFeature(), new QualityFeature(), new SourceFeature(),
                new GlossaryFeature())) {
            f.register(endpoints);
        }
        app.get("/api/version", ctx -> ctx.json(Map.of("warehouse", warehouse.version(),
                "file", warehouse.file().toString(), "caching", cache.enabled())));
        app.get("/healthz", ctx -> ctx.result("ok"));
    }

    public DashboardApp start(int port) {
        app.start(port);
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    public Javalin javalin() {
        return app;
    }

    public Warehouse warehouse() {
        return warehouse;
    }
}
