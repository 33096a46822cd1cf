package org.fiscallens.ingest.document;

/**
 * Where a department sits (行政区划): any part may be null when neither stated nor inferable.
 *
 * @param province 省/自治区/直辖市
 * @param city     地级市/自治州
 * @param county   县/区/县级市
 */
public record Region(String province, String city, String county) {
    public static final Region UNKNOWN = new Region(null, null, null);
}
