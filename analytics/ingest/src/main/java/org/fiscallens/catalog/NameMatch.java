package org.fiscallens.catalog;

/**
 * How a name written next to a code compares with the catalog.
 *
 * <ul>
 *   <li>{@code EXACT}: the official name in that year (spaces and parenthesis forms ignored)</li>
 *   <li>{@code ALIAS}: a known variant</li>
 *   <li>{@code OTHER_YEAR}: the code's name in another year (a rename, e.g. 210 医疗卫生与计划生育支出 before 2019)</li>
 *   <li>{@code MISMATCH}: the code is known and the name is something else</li>
 *   <li>{@code UNKNOWN_CODE}: the catalog does not know the code</li>
 * </ul>
 */
public enum NameMatch {
    EXACT, ALIAS, OTHER_YEAR, MISMATCH, UNKNOWN_CODE
}
