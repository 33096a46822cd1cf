package org.fiscallens.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Interface text in both languages, from {@code /i18n/messages_zh.properties} and {@code messages_en.properties}
 * (UTF-8). A key missing in English falls back to Chinese.
 */
public final class Messages {
    private final Map<Lang, Map<String, String>> byLang = new EnumMap<>(Lang.class);

    public Messages() {
        Map<String, String> zh = load("zh");
        Map<String, String> en = new TreeMap<>(zh);
        en.putAll(load("en"));
        byLang.put(Lang.ZH, Map.copyOf(zh));
        byLang.put(Lang.EN, Map.copyOf(en));
    }

    public Map<String, String> of(Lang lang) {
        return byLang.get(lang);
    }

    public String get(Lang lang, String key) {
        return byLang.get(lang).getOrDefault(key, key);
    }

    private static Map<String, String> load(String code) {
        String path = "/i18n/messages_" + code + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new TreeMap<>();
            p.forEach((k, v) -> out.put(k.toString(), v.toString()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
