package org.fiscallens.jobs.metrics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricSchedulerTest {
    /** Every metric starts after the metrics it reads have finished, and at most two run at once. */
    @Test
    void twoAtATimeEachAfterWhatItReads() {
        Set<String> finished = ConcurrentHashMap.newKeySet();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch firstTwo = new CountDownLatch(2); // the first two wait for each other: they must overlap
        new MetricScheduler(2).run(m -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            for (String read : MetricCatalog.reads(m)) {
                if (!finished.contains(read)) {
                    violations.add(m + " started before " + read + " finished");
                }
            }
            started.add(m);
            firstTwo.countDown();
            try {
                assertThat(firstTwo.await(10, TimeUnit.SECONDS)).as("a second metric started beside " + m).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            running.decrementAndGet();
            finished.add(m);
        });
        assertThat(violations).isEmpty();
        assertThat(finished).containsExactlyInAnyOrderElementsOf(MetricCatalog.METRICS);
        assertThat(most.get()).isEqualTo(2);
        // started first: figures (eight metrics wait for it) and reason_tags (seven), in either order on their threads
        assertThat(started.subList(0, 2)).containsExactlyInAnyOrder("figures", "reason_tags");
    }

    @Test
    void oneAtATimeRunsEachAfterWhatItReads() {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        new MetricScheduler(1).run(order::add);
        assertThat(order).hasSameSizeAs(MetricCatalog.METRICS).startsWith("figures");
        for (String m : order) {
            assertThat(order.subList(0, order.indexOf(m))).as(m).containsAll(MetricCatalog.reads(m));
        }
    }

    /** A failure stops what depends on it and everything not yet started; the first failure is what is thrown. */
    @Test
    void aFailingMetricStopsTheRunAndIsNamed() {
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        IllegalStateException boom = new IllegalStateException("metric figures (metrics/figures.sql) failed: boom");
        assertThatThrownBy(() -> new MetricScheduler(2).run(m -> {
            ran.add(m);
            if (m.equals("figures")) {
                throw boom;
            }
        })).isSameAs(boom);
        // figures is started first; only the metrics that read nothing can have run beside it (taken from the catalog:
        // a list typed here missed prose_function_amounts when it was added, and failed only when threads raced)
        List<String> readNothing = MetricCatalog.METRICS.stream().filter(m -> MetricCatalog.reads(m).isEmpty()).toList();
        assertThat(readNothing).contains("figures", "staff_counts", "reason_tags", "deviation_reasons", "prose_function_amounts");
        assertThat(ran).contains("figures").isSubsetOf(readNothing);
        assertThatThrownBy(() -> new MetricScheduler(0)).isInstanceOf(IllegalArgumentException.class);
        // an Error is not rethrown bare: the scheduler names the metric it came from
        StackOverflowError deep = new StackOverflowError();
        assertThatThrownBy(() -> new MetricScheduler(2).run(m -> {
            if (m.equals("figures")) {
                throw deep;
            }
        })).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("metric figures failed").hasCause(deep);
    }
}
