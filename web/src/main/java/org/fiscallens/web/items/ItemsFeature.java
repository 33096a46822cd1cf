package org.fiscallens.web.items;

import org.fiscallens.web.page.Endpoints;
import org.fiscallens.web.page.Feature;
import org.fiscallens.web.page.Pager;

/**
 * 分项 Items: one 功能分类 (类/款/项) or 经济分类 item across every department and year that reports it — the
 * amount each document gives it (linked to its line), its share of that document's total, budget and final
 * account side by side, and its execution rate with the reason given. {@code /items?q=} finds items by code
 * prefix or name ({@link ItemQuery}) and lists the document lines that hold the words ({@link LineHit});
 * {@code /items/{code}} compares one ({@link ItemView}, {@link ItemPage}).
 */
public final class ItemsFeature implements Feature {

    @Override
    public void register(Endpoints e) {
        e.page("/items", "items", "items", (ctx, lang) -> ItemSearch.model(e, ItemQuery.of(ctx.queryParam("q"))));
        e.page("/items/{code}", "items", "item", (ctx, lang) -> ItemPage.model(e, ctx, lang));
        e.table("/api/items", ctx -> ItemSearch.items(e, ItemQuery.of(ctx.queryParam("q"))));
        e.table("/api/lines", ctx -> ItemSearch.lines(e, ItemQuery.of(ctx.queryParam("q")),
                Math.min(Pager.window(ctx).limit(), ItemSearch.LINES_API)));
        e.table("/api/items/{code}", ctx -> ItemPage.view(e, ctx).cells());
        e.table("/api/items/{code}/execution", ctx -> e.warehouse().query("items/execution", ItemPage.view(e, ctx).code()));
        e.chart("/charts/items/{code}", (ctx, lang) -> ItemPage.chart(e, ctx, lang));
    }
}
