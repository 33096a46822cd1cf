package org.fiscallens.ingest.source;

import java.util.List;
import java.util.Locale;

/**
 * Which files of an input folder a build reads as disclosures, by name: text as extractors write it
 * ({@code .txt}), Markdown ({@code .md}, {@code .markdown}), HTML ({@code .htm}, {@code .html}), a spreadsheet's
 * sheets saved as CSV ({@code .csv}), Excel workbooks ({@code .xlsx}, {@code .xls}), Word documents ({@code .docx},
 * {@code .doc}) and PDF files ({@code .pdf}), any case. The decoder tells the shapes apart by content, not by name;
 * other files (images, presentations, archives) are listed as not read.
 */
public final class DisclosureFiles {
    /** The name endings read, lower case, with the dot. */
    public static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".htm", ".html", ".csv", ".xlsx", ".xls", ".docx", ".doc", ".pdf");
    /** The endings as a user reads them: {@code *.txt, *.md, …}. */
    public static final String PATTERNS = String.join(", ", EXTENSIONS.stream().map(e -> "*" + e).toList());

    private DisclosureFiles() {
    }

    /** Whether a file named {@code name} is read as a disclosure. */
    public static boolean isDisclosure(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String e : EXTENSIONS) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
