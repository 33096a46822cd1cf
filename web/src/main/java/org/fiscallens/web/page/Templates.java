package org.fiscallens.web.page;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Pebble templates under {@code /templates/*.peb}, auto-escaped, with the dashboard's filters
 * ({@code wan}, {@code yuan}, {@code pct}, {@code signedPct}, {@code plain}) and functions
 * ({@code src(doc, line)} — link to a source line; {@code href(path)} — link keeping the page language).
 * Also a Javalin {@link FileRenderer}, so {@code ctx.render("name.peb", model)} works.
 */
public final class Templates implements FileRenderer {
    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder()
                .loader(loader)
                .extension(new DashboardExtension())
                .strictVariables(false)
                .build();
    }

    /** Renders the named template (without {@code .peb}). */
    public String render(String name, Map<String, Object> model) {
        PebbleTemplate t = engine.getTemplate(name);
        StringWriter out = new StringWriter(8192);
        try {
            t.evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + name + " failed", e);
        }
        return out.toString();
    }

    @Override
    public String render(String filePath, Map<String, ?> model, Context context) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) model;
        return render(filePath.replaceFirst("\\.peb$", ""), m);
    }

    /** Link to a line of an ingested document: {@code /documents/{doc}?line=N#L{N}}, keeping the language. */
    public static String sourceHref(Object doc, Object line, Object lang) {
        if (doc == null) {
            return null;
        }
        String l = "en".equals(String.valueOf(lang)) ? "&lang=en" : "";
        if (line == null) {
            return "/documents/" + doc + ("".equals(l) ? "" : "?lang=en");
        }
        return "/documents/" + doc + "?line=" + line + l + "#L" + line;
    }

    /**
     * A figure as a link to its source line ({@code <a class="fig" href=…>text</a>}), or the bare text when the
     * source is unknown; text is HTML-escaped.
     */
    public static String figureLink(Object text, Object doc, Object line, Object lang) {
        String t = escape(text == null ? Formats.MISSING : text.toString());
        if (doc == null) {
            return t;
        }
        String title = escape(doc + (line == null ? "" : " : " + line));
        return "<a class=\"fig\" href=\"" + escape(sourceHref(doc, line, lang)) + "\" title=\"" + title + "\">" + t + "</a>";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The 分项 page of a 功能分类 or 经济分类 code ({@code /items/2101599}, keeping the language), or null when
     * {@code code} is not 3, 5 or 7 digits (三公 categories, {@code total}, projects).
     */
    public static String itemHref(Object code, Object lang) {
        if (!org.fiscallens.web.http.Params.isItemCode(code)) {
            return null;
        }
        return href("/items/" + code, lang);
    }

    /** The path with {@code lang=en} appended when the page is in English. */
    public static String href(String path, Object lang) {
        if (!"en".equals(String.valueOf(lang))) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + "lang=en";
    }

    /** Registers a linked document with the page's {@link Citations}, when the model has them. */
    private static void cite(EvaluationContext ctx, Object doc) {
        if (ctx.getVariable("citations") instanceof Citations c) {
            c.cite(doc);
        }
    }

    private static final class DashboardExtension extends AbstractExtension {
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of(
                    "wan", filter(Formats::wan),
                    "yuan", filter(Formats::yuan),
                    "pct", filter(Formats::pct),
                    "signedPct", filter(Formats::signedPct),
                    "points", filter(Formats::points),
                    "plain", filter(Formats::plain));
        }

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of(
                    "src", new Function() {
                        @Override
                        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
                            cite(ctx, args.get("doc"));
                            return sourceHref(args.get("doc"), args.get("line"), ctx.getVariable("lang"));
                        }

                        @Override
                        public List<String> getArgumentNames() {
                            return List.of("doc", "line");
                        }
                    },
                    "link", new Function() {
                        @Override
                        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
                            cite(ctx, args.get("doc"));
                            return new SafeString(figureLink(args.get("text"), args.get("doc"), args.get("line"), ctx.getVariable("lang")));
                        }

                        @Override
                        public List<String> getArgumentNames() {
                            return List.of("text", "doc", "line");
                        }
                    },
                    "itemHref", new Function() {
                        @Override
                        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
                            return itemHref(args.get("code"), ctx.getVariable("lang"));
                        }

                        @Override
                        public List<String> getArgumentNames() {
                            return List.of("code");
                        }
                    },
                    "href", new Function() {
                        @Override
                        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
                            return href(String.valueOf(args.get("path")), ctx.getVariable("lang"));
                        }

                        @Override
                        public List<String> getArgumentNames() {
                            return List.of("path");
                        }
                    });
        }

        private static Filter filter(java.util.function.Function<Object, String> f) {
            return new Filter() {
                @Override
                public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx, int line) {
                    return f.apply(input);
                }

                @Override
                public List<String> getArgumentNames() {
                    return List.of();
                }
            };
        }
    }
}
