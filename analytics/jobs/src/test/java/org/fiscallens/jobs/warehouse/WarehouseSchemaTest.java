package org.fiscallens.jobs.warehouse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarehouseSchemaTest {
    @Test
    void readsTheContractTablesAndTypes() {
        WarehouseSchema schema = WarehouseSchema.contract();
        TableDef rates = schema.table("execution_rates");
        assertThat(rates.columns()).extracting(ColumnDef::name)
                .startsWith("department_id", "fiscal_year", "subject", "subject_name", "budget", "actual", "rate",
                        "budget_basis", "source");
        assertThat(rates.columns().get(rates.index("budget")).sqlType()).isEqualTo("DECIMAL(18,2)");
        assertThat(schema.table("documents").columns().get(0)).isEqualTo(new ColumnDef("doc_id", "VARCHAR"));
        assertThat(schema.tables()).extracting(TableDef::name).contains("documents", "line_items", "narrative_facts",
                "three_public", "performance_projects", "checks", "yoy_changes", "execution_rates", "structure_shares",
                "anomalies", "three_public_series", "consistency_scores", "document_lines");
    }

    @Test
    void unknownTablesAndColumnsAreNamed() {
        WarehouseSchema schema = WarehouseSchema.contract();
        assertThatThrownBy(() -> schema.table("nope")).hasMessageContaining("nope");
        assertThatThrownBy(() -> schema.table("documents").index("nope")).hasMessageContaining("documents has no column nope");
    }
}
