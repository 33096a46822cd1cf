package org.fiscallens.jobs.parse;

import java.io.Serializable;

/**
 * A document to parse: its position in the sorted input listing (staged as {@code ordinal}) and its Hadoop
 * URI.
 */
record DocumentRef(int ordinal, String path) implements Serializable {
}
