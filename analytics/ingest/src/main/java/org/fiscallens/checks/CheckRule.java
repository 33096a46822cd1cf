package org.fiscallens.checks;

import java.util.List;

/** One named consistency rule (校验规则). Implementations are small, stateless and registered in {@link CheckSuite}. */
public interface CheckRule {
    /** The stable rule key written to {@link Check#rule()}. */
    String key();

    /** The checks this rule runs on one document; empty when it has nothing to compare. */
    List<Check> run(CheckContext ctx);
}
