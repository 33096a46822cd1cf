package org.fiscallens.jobs.parse;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.fiscallens.jobs.warehouse.ColumnDef;
import org.fiscallens.jobs.warehouse.TableDef;

import java.util.ArrayList;
import java.util.List;

/**
 * Explicit Spark schemas derived from the warehouse contract: {@code DECIMAL(18,2)} stays
 * {@code DecimalType(18,2)} (元, exact), never a double.
 */
public final class SparkSchemas {

    private SparkSchemas() {
    }

    public static StructType of(TableDef table) {
        List<StructField> fields = new ArrayList<>();
        for (ColumnDef c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), type(c), true));
        }
        return DataTypes.createStructType(fields);
    }

    static DataType type(ColumnDef c) {
        if (c.decimalPrecision() > 0) {
            return DataTypes.createDecimalType(c.decimalPrecision(), c.decimalScale());
        }
        return switch (c.baseType()) {
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
