package org.fiscallens.jobs.parse;

import java.io.Serializable;
import java.util.List;

/**
 * A document to parse: its Hadoop URI (the path string of the listing) and the URIs of files with the same bytes,
 * which are not parsed but reported ({@link DuplicateFiles}); empty when it has none.
 */
record DocumentRef(String path, List<String> copies) implements Serializable {
    DocumentRef {
        copies = List.copyOf(copies);
    }
}
