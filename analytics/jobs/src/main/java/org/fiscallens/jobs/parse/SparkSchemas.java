package org.fiscallens.jobs.parse;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.fiscallens.jobs.warehouse.ColumnDef;
import org.fiscallens.jobs.warehouse.TableDef;
import org.fiscallens.jobs.warehouse.WarehouseSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit Spark schemas derived from the warehouse contract: {@code DECIMAL(18,2)} stays
 * {@code DecimalType(18,2)} (元, exact), never a double.
 */
public final class SparkSchemas {
    /** Name of the staged column holding the document's position in the sorted input listing (orders the rows). */
    public static final String ORDINAL = "ordinal";
    /** The record table staged as the document's list of line texts (line {@code n} at list index {@code n - 1}). */
    public static final String LINES = "document_lines";
    /** The record table staged as one struct per document (not a list). */
    public static final String DOCUMENTS = "documents";
    private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),(\\d+)\\)");

    private SparkSchemas() {
    }

    public static StructType of(TableDef table) {
        List<StructField> fields = new ArrayList<>();
        for (ColumnDef c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), type(c), true));
        }
        return DataTypes.createStructType(fields);
    }

    /**
     * The staged layout: one row per document — {@link #ORDINAL}, {@link #DOCUMENTS} (a struct),
     * {@link #LINES} (a list of strings), then for every other record table a list of structs with that
     * table's contract columns, in the order the parser emitted them. Each record is written once, with only its
     * own columns (a row per record with a column per table would write every other table's columns as nulls).
     */
    public static StructType staged(WarehouseSchema schema) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(ORDINAL, DataTypes.LongType, false));
        for (String table : RecordRows.TABLES) {
            DataType type = switch (table) {
                case DOCUMENTS -> of(schema.table(table));
                case LINES -> DataTypes.createArrayType(DataTypes.StringType, true);
                default -> DataTypes.createArrayType(of(schema.table(table)), false);
            };
            fields.add(DataTypes.createStructField(table, type, false));
        }
        return DataTypes.createStructType(fields);
    }

    static DataType type(ColumnDef c) {
        String t = c.sqlType().toUpperCase();
        Matcher m = DECIMAL.matcher(t);
        if (m.matches()) {
            return DataTypes.createDecimalType(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return switch (t) {
            case "VARCHAR" -> DataTypes.StringType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "BIGINT" -> DataTypes.LongType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            case "TIMESTAMP" -> DataTypes.TimestampType;
            case "DOUBLE" -> DataTypes.DoubleType;
            default -> throw new IllegalArgumentException("no Spark type for " + c.name() + " " + c.sqlType());
        };
    }
}
