package org.fiscallens.jobs.parse;

import java.io.Serializable;

/** A document to parse: its Hadoop URI (the path string of the listing). */
record DocumentRef(String path) implements Serializable {
}
