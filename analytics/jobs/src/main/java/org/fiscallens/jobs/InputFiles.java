package org.fiscallens.jobs;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The disclosure files of an input folder: {@code *.txt} found recursively (hidden files skipped), sorted. */
final class InputFiles {
    private InputFiles() {
    }

    /** The qualified root URI and the files under it. */
    record Listing(String rootUri, List<String> paths) {
    }

    static Listing list(String input, Configuration conf) {
        try {
            Path root = new Path(input.contains(":") ? input : java.nio.file.Path.of(input).toAbsolutePath().toUri().toString());
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                throw new IllegalArgumentException("input folder does not exist: " + input);
            }
            List<String> paths = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                String name = f.getPath().getName();
                if (f.isFile() && name.endsWith(".txt") && !name.startsWith(".")) {
                    paths.add(f.getPath().toString());
                }
            }
            paths.sort(null);
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("no disclosure files (*.txt) under " + input);
            }
            return new Listing(fs.makeQualified(root).toString(), paths);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + input, e);
        }
    }
}
