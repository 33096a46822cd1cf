package org.fiscallens.jobs.parse;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.fiscallens.jobs.warehouse.ColumnDef;
import org.fiscallens.jobs.warehouse.TableDef;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Writes one record table's rows (values in contract column order, as {@link RecordRows} builds them) as a flat
 * Parquet file with the contract's types: {@code VARCHAR} → UTF-8 string, {@code INTEGER} → int32,
 * {@code BIGINT} → int64, {@code BOOLEAN}, {@code DECIMAL(p,s)} → int32 (p ≤ 9) or int64 (p ≤ 18) with the
 * decimal annotation, as Spark writes them, so Spark and DuckDB read the file with the contract's types. A
 * decimal is rounded half-up to the column's scale, as Spark's own conversion does; one that does not fit the
 * precision fails the write with the table, column and value in the message.
 */
final class RecordParquet {
    private RecordParquet() {
    }

    /** The Parquet schema of {@code table}: every column optional (null is written as absent). */
    static MessageType schemaOf(TableDef table) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (ColumnDef c : table.columns()) {
            int precision = c.decimalPrecision();
            if (precision > 18) {
                throw new IllegalArgumentException("no staged type for " + table.name() + "." + c.name() + " " + c.sqlType());
            }
            if (precision > 0) {
                b.optional(precision <= 9 ? PrimitiveTypeName.INT32 : PrimitiveTypeName.INT64)
                        .as(LogicalTypeAnnotation.decimalType(c.decimalScale(), precision)).named(c.name());
                continue;
            }
            switch (c.baseType()) {
                case "VARCHAR" -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
                case "INTEGER" -> b.optional(PrimitiveTypeName.INT32).named(c.name());
                case "BIGINT" -> b.optional(PrimitiveTypeName.INT64).named(c.name());
                case "BOOLEAN" -> b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
                default -> throw new IllegalArgumentException("no staged type for " + table.name() + "." + c.name() + " "
                        + c.sqlType());
            }
        }
        return b.named(table.name());
    }

    /**
     * A writer of {@code table} rows to {@code file} (replaced if it exists), compressed with {@code codec}; the
     * file carries no column statistics and no page checksums.
     */
    static ParquetWriter<Object[]> open(TableDef table, Path file, Configuration conf, CompressionCodecName codec)
            throws IOException {
        return new Builder(HadoopOutputFile.fromPath(file, conf), table).withConf(conf).withCompressionCodec(codec)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                // read once, whole, by the metrics and the load, seconds after they are written on the same machine:
                // no min/max or size statistics (nothing filters on them) and no page checksums
                .withStatisticsEnabled(false).withSizeStatisticsEnabled(false).withPageWriteChecksumEnabled(false)
                .build();
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
        private final TableDef table;

        Builder(OutputFile file, TableDef table) {
            super(file);
            this.table = table;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return new Support(table);
        }
    }

    private static final class Support extends WriteSupport<Object[]> {
        private final TableDef table;
        private final MessageType schema;
        private final int[] scales;
        private final int[] precisions;
        private final PrimitiveTypeName[] kinds;
        private final String[] lastStrings;
        private final Binary[] lastBinaries;
        private RecordConsumer out;

        Support(TableDef table) {
            this.table = table;
            this.schema = schemaOf(table);
            int n = table.columns().size();
            this.scales = new int[n];
            this.precisions = new int[n];
            this.kinds = new PrimitiveTypeName[n];
            this.lastStrings = new String[n];
            this.lastBinaries = new Binary[n];
            for (int i = 0; i < n; i++) {
                kinds[i] = schema.getType(i).asPrimitiveType().getPrimitiveTypeName();
                scales[i] = table.columns().get(i).decimalScale();
                precisions[i] = table.columns().get(i).decimalPrecision();
            }
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(schema, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(Object[] values) {
            out.startMessage();
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                String name = table.columns().get(i).name();
                out.startField(name, i);
                if (scales[i] >= 0) {
                    long unscaled = unscaled((BigDecimal) v, i);
                    if (kinds[i] == PrimitiveTypeName.INT32) {
                        out.addInteger((int) unscaled);
                    } else {
                        out.addLong(unscaled);
                    }
                } else {
                    switch (kinds[i]) {
                        case BINARY -> out.addBinary(binary(i, (String) v));
                        case INT32 -> out.addInteger(((Number) v).intValue());
                        case INT64 -> out.addLong(((Number) v).longValue());
                        case BOOLEAN -> out.addBoolean((Boolean) v);
                        default -> throw new IllegalStateException("unexpected " + kinds[i]);
                    }
                }
                out.endField(name, i);
            }
            out.endMessage();
        }

        /**
         * {@code v} as UTF-8, encoded once while a column repeats the same string: a document's id, kind, table
         * title and the like are one instance on every row of the document.
         */
        private Binary binary(int column, String v) {
            if (lastStrings[column] != v) {
                lastStrings[column] = v;
                lastBinaries[column] = Binary.fromString(v);
            }
            return lastBinaries[column];
        }

        private long unscaled(BigDecimal v, int column) {
            BigDecimal scaled = v.setScale(scales[column], RoundingMode.HALF_UP);
            if (scaled.precision() > precisions[column]) {
                throw new IllegalArgumentException(table.name() + "." + table.columns().get(column).name() + ": "
                        + v.toPlainString() + " does not fit " + table.columns().get(column).sqlType());
            }
            return scaled.unscaledValue().longValueExact();
        }
    }
}
