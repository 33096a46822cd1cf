package org.fiscallens.jobs.parse;

import org.apache.hadoop.conf.Configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Files of an input listing whose bytes are exactly those of an earlier file (重复文件), found on the driver
 * before parsing: only files that share their length with another are read (on the driver's cores, in
 * parallel), grouped by a CRC-32C of their bytes, and a match confirmed byte for byte. Such a file is the same
 * document with the same doc id, so it is parsed once, under its first path in sorted order; parsing the copy too
 * would stage every record twice under one doc id.
 */
public final class DuplicateFiles {
    private DuplicateFiles() {
    }

    /**
     * For each path kept that has copies, the copies' paths (in {@code paths} order). {@code paths} sorted;
     * {@code lengths} the byte length of each path. A file that cannot be read fails with its path in the message.
     */
    public static Map<String, List<String>> find(List<String> paths, Map<String, Long> lengths, Configuration conf) {
        Map<Long, Integer> perLength = new HashMap<>();
        for (String p : paths) {
            perLength.merge(lengths.getOrDefault(p, -1L), 1, Integer::sum);
        }
        List<String> candidates = paths.stream()
                .filter(p -> lengths.getOrDefault(p, -1L) >= 0 && perLength.get(lengths.get(p)) > 1).toList();
        List<Long> crcs = candidates.parallelStream().map(p -> crc(ParseTask.read(p, conf))).toList();
        Map<String, List<String>> sameKey = new LinkedHashMap<>(); // length and CRC → paths, in order
        for (int i = 0; i < candidates.size(); i++) {
            String p = candidates.get(i);
            sameKey.computeIfAbsent(lengths.get(p) + ":" + crcs.get(i), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<String>> copies = new LinkedHashMap<>();
        for (List<String> group : sameKey.values()) {
            if (group.size() > 1) {
                confirm(group, conf, copies);
            }
        }
        return copies;
    }

    /** Within one group of equal length and CRC, each file equal byte for byte to an earlier one is its copy. */
    private static void confirm(List<String> group, Configuration conf, Map<String, List<String>> copies) {
        List<String> firsts = new ArrayList<>();
        List<byte[]> bytes = new ArrayList<>();
        for (String p : group) {
            byte[] b = ParseTask.read(p, conf);
            int same = -1;
            for (int i = 0; i < bytes.size() && same < 0; i++) {
                if (Arrays.equals(bytes.get(i), b)) {
                    same = i;
                }
            }
            if (same >= 0) {
                copies.computeIfAbsent(firsts.get(same), k -> new ArrayList<>()).add(p);
            } else {
                firsts.add(p);
                bytes.add(b);
            }
        }
    }

    private static long crc(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes, 0, bytes.length);
        return c.getValue();
    }
}
