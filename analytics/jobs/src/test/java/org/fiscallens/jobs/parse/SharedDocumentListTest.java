package org.fiscallens.jobs.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharedDocumentListTest {
    @Test
    void slicesCoverEveryDocumentOnceInOrderInNearEqualRuns() {
        for (int n : new int[]{1, 5, 7, 100, 10_001}) {
            List<Integer> all = IntStream.range(0, n).boxed().toList();
            for (int tasks = 1; tasks <= Math.min(n, 16); tasks++) {
                List<Integer> joined = new ArrayList<>();
                int min = Integer.MAX_VALUE;
                int max = 0;
                for (int i = 0; i < tasks; i++) {
                    List<Integer> slice = SharedDocumentList.slice(all, i, tasks);
                    joined.addAll(slice);
                    min = Math.min(min, slice.size());
                    max = Math.max(max, slice.size());
                }
                assertEquals(all, joined, n + " documents in " + tasks + " tasks");
                assertTrue(min >= 1 && max - min <= 1, n + " documents in " + tasks + " tasks: runs of " + min + ".." + max);
            }
        }
    }
}
