package org.fiscallens.jobs.parse;

import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Time the parse tasks spent per step, summed over tasks (so on {@code c} busy cores it grows up to {@code c}
 * times as fast as the wall clock): reading the bytes, decoding and parsing them, and turning the records into
 * rows written to the staged Parquet files. What a task spends beyond these is opening and committing those
 * files. Retried task attempts count twice; it is a measurement, not an input to any result.
 */
public final class ParseTimes implements Serializable {
    private final LongAccumulator read;
    private final LongAccumulator parse;
    private final LongAccumulator rows;

    ParseTimes(SparkContext sc) {
        this(sc.longAccumulator("parse.read"), sc.longAccumulator("parse.parse"), sc.longAccumulator("parse.rows"));
    }

    ParseTimes(LongAccumulator read, LongAccumulator parse, LongAccumulator rows) {
        this.read = read;
        this.parse = parse;
        this.rows = rows;
    }

    void add(long readNanos, long parseNanos, long rowNanos) {
        read.add(readNanos);
        parse.add(parseNanos);
        rows.add(rowNanos);
    }

    /** Milliseconds per step ({@code parse.read}, {@code parse.parse}, {@code parse.rows}), read on the driver after the job. */
    public Map<String, Long> millis() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("parse.read", read.value() / 1_000_000);
        m.put("parse.parse", parse.value() / 1_000_000);
        m.put("parse.rows", rows.value() / 1_000_000);
        return m;
    }
}
