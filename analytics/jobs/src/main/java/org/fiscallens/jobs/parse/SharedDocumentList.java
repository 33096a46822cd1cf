package org.fiscallens.jobs.parse;

import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;

import java.util.Iterator;
import java.util.List;

/**
 * Runs a {@link ParseTask} on its slice of a document list that reaches the executors once, as a broadcast, rather
 * than inside every task: partition {@code i} of {@code tasks} parses documents {@code [i·n/tasks, (i+1)·n/tasks)},
 * consecutive and in list order, as {@code parallelize} would slice them. (Sliced into the tasks themselves, 100,000
 * paths over 8 local tasks made each task over 1 MB, which Spark warns about and ships with every attempt.)
 */
final class SharedDocumentList implements Function2<Integer, Iterator<Integer>, Iterator<ParseTask.Result>> {
    private final Broadcast<List<DocumentRef>> documents;
    private final int tasks;
    private final ParseTask task;

    SharedDocumentList(Broadcast<List<DocumentRef>> documents, int tasks, ParseTask task) {
        this.documents = documents;
        this.tasks = tasks;
        this.task = task;
    }

    @Override
    public Iterator<ParseTask.Result> call(Integer partition, Iterator<Integer> ignored) {
        return task.call(partition, slice(documents.value(), partition, tasks).iterator());
    }

    /** Partition {@code i}'s documents of {@code all} split into {@code tasks} consecutive, near-equal runs. */
    static <T> List<T> slice(List<T> all, int i, int tasks) {
        long n = all.size();
        return all.subList((int) (i * n / tasks), (int) ((i + 1) * n / tasks));
    }
}
