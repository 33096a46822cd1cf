package org.fiscallens.web.i18n;

import io.javalin.http.Context;
import java.util.Locale;
import org.fiscallens.web.http.Params;

/** Page language: Chinese first ({@code zh}, default), English with {@code ?lang=en}. */
public enum Lang {
    ZH("zh", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Lang(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** @throws org.fiscallens.web.http.HttpError.BadParameter for anything but zh or en */
    public static Lang of(Context ctx) {
        return "en".equals(Params.oneOf("lang", ctx.queryParam("lang"), "zh", java.util.Set.of("zh", "en"))) ? EN : ZH;
    }
}
