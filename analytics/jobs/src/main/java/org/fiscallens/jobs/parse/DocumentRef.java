package org.fiscallens.jobs.parse;

import java.io.Serializable;

/**
 * A document to parse: its position in the sorted input listing and its Hadoop URI. The position orders the
 * staged records ({@code seq}), so the warehouse's row order does not depend on how documents were split
 * into tasks.
 */
record DocumentRef(int ordinal, String path) implements Serializable {
}
