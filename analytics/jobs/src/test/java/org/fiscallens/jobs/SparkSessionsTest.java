package org.fiscallens.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SeedWarehouse.class)
class SparkSessionsTest {
    private static String shufflePartitions(SeedWarehouse.Built w) {
        return w.spark().conf().get("spark.sql.shuffle.partitions");
    }

    @Test
    void smallInputsGetOnePartitionAndTheSmallPlan(SeedWarehouse.Built w) {
        assertThat(SparkSessions.sizeToInput(w.spark(), 5, 0)).isTrue();
        assertThat(shufflePartitions(w)).isEqualTo("1");
        assertThat(SparkSessions.sizeToInput(w.spark(), 1_000, 0)).isFalse();
        assertThat(shufflePartitions(w)).isEqualTo(String.valueOf(Math.min(5, Math.max(2, Runtime.getRuntime().availableProcessors() * 2))));
        SparkSessions.sizeToInput(w.spark(), 5, 0);
    }

    @Test
    void thePartitionsFlagWinsOverASystemPropertyWhichWinsOverSizing(SeedWarehouse.Built w) {
        System.setProperty("spark.sql.shuffle.partitions", "3");
        try {
            assertThat(SparkSessions.sizeToInput(w.spark(), 5, 4)).isFalse();
            assertThat(shufflePartitions(w)).isEqualTo("4");
            assertThat(SparkSessions.sizeToInput(w.spark(), 5, 0)).isFalse();
            assertThat(shufflePartitions(w)).isEqualTo("3");
            assertThat(SparkSessions.sizeToInput(w.spark(), 5, 1)).isTrue();
            assertThat(shufflePartitions(w)).isEqualTo("1");
        } finally {
            System.clearProperty("spark.sql.shuffle.partitions");
            SparkSessions.sizeToInput(w.spark(), 5, 0);
        }
        assertThat(shufflePartitions(w)).isEqualTo("1");
    }
}
