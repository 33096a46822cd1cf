package org.fiscallens.web.compare;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.fiscallens.web.http.Params;
import org.fiscallens.web.page.Directory;

/**
 * What the user picked, read from the URL so a comparison is a permalink:
 * {@code ?d=ID&d=ID} (or {@code d=ID,ID}) and {@code years=2024} or {@code years=2023-2025}.
 * Unknown departments → 404; malformed → 400 naming the parameter.
 */
record CompareSelection(List<String> departments, Params.YearRange years) {

    static CompareSelection of(Context ctx, Directory directory) {
        List<String> raw = new ArrayList<>(ctx.queryParams("d"));
        raw.addAll(ctx.queryParams("departments"));
        List<String> ids = Params.ids("d", raw);
        ids.forEach(directory::department);
        return new CompareSelection(ids, Params.years("years", ctx.queryParam("years")));
    }

    int from() {
        return years.from() == null ? 1900 : years.from();
    }

    int to() {
        return years.to() == null ? 2100 : years.to();
    }

    /** The query string of this selection, e.g. {@code d=a&d=b&years=2024}. */
    String query() {
        StringBuilder sb = new StringBuilder();
        for (String d : departments) {
            sb.append(sb.isEmpty() ? "" : "&").append("d=").append(java.net.URLEncoder.encode(d, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (!years.isAll()) {
            sb.append(sb.isEmpty() ? "" : "&").append("years=").append(years.text());
        }
        return sb.toString();
    }
}
